/// The growable byte buffer `HTMLText` and `HTMLEntities` write their output into: appends are a
/// store and a capacity check, and the bytes become a `String` once, at the end, without being
/// validated again.
///
/// It may start in the caller's storage (`StackScratch`) and moves to the heap only when it
/// outgrows that.
///
/// Its writers keep it well-formed UTF-8: they copy pieces of a `String`'s bytes that start and end
/// at ASCII bytes (or at the ends), and add ASCII bytes and whole scalars.
struct HTMLTextBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// False while `base` is the caller's storage, which is not freed here.
    private var ownsStorage = true
    /// True while every byte written is known to be ASCII (`String`'s flag, passed on).
    private var isKnownASCII: Bool

    /// A buffer for about `capacity` bytes (it grows when needed); `knownASCII` when the text it
    /// copies from is known to be ASCII.
    init(capacity: Int, knownASCII: Bool) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        isKnownASCII = knownASCII
    }

    /// A buffer that starts in `storage` (the caller's, which must outlive it) and moves to the
    /// heap only when it outgrows it.
    init(startingIn storage: UnsafeMutableBufferPointer<UInt8>, knownASCII: Bool) {
        if let start = storage.baseAddress, storage.count >= 16 {
            base = start
            capacity = storage.count
            ownsStorage = false
        } else {
            capacity = 16
            base = .allocate(capacity: capacity)
        }
        isKnownASCII = knownASCII
    }

    deinit { if ownsStorage { base.deallocate() } }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        base[count] = byte
        count += 1
    }

    /// The address of the next byte, with room for `extra` bytes from it: for writers that store
    /// whole blocks there and then `advance(by:)` the bytes they keep (valid until the next append).
    @inline(__always)
    mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > capacity { grow(toFit: extra) }
        return base + count
    }

    /// Counts `written` bytes stored at `reserve(_:)`'s address as appended.
    @inline(__always)
    mutating func advance(by written: Int) {
        count += written
    }

    /// Appends the UTF-8 bytes of `scalar`.
    mutating func append(_ scalar: Unicode.Scalar) {
        if !scalar.isASCII { isKnownASCII = false }
        guard let encoded = UTF8.encode(scalar) else { return }
        for byte in encoded { append(byte) }
    }

    /// The bytes as a `String`.
    consuming func string() -> String {
        UTF8Text.string(validUTF8: UnsafeBufferPointer(start: base, count: count), knownASCII: isKnownASCII)
    }

    /// Grows until `extra` more bytes fit; out of line, so that its writers' loops keep their
    /// registers (it runs only when the text outgrows the scratch or its first guess).
    @inline(never)
    private mutating func grow(toFit extra: Int) {
        while count + extra > capacity { grow() }
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: base, count: count)
        if ownsStorage { base.deallocate() }
        base = larger
        ownsStorage = true
        capacity *= 2
    }
}
