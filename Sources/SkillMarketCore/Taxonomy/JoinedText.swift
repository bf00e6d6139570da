/// `title + "\n" + description` as one run of bytes for a scan, without making that String, and on the stack
/// for the texts most postings have: `withUnsafeTemporaryAllocation` keeps at most 1 KB on the stack on Linux
/// (beyond that it calls `malloc`), so texts up to ``stackCapacity`` bytes go to a fixed-size stack buffer,
/// zeroed first (the smallest of 2 or 4 KB that fits: clearing 2 KB is a short vector loop, 4 KB a `rep stosb`),
/// and only longer ones to the heap.
enum JoinedText {
    /// The longest joined text kept on the stack.
    static let stackCapacity = 4096
    /// The longest joined text for which `withUnsafeTemporaryAllocation` uses the stack.
    private static let temporaryStackCapacity = 1024

    /// Calls `body` with the bytes of `title`, a line feed, then `description`.
    static func withBytes<R>(
        _ title: UnsafeBufferPointer<UInt8>, _ description: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        let count = title.count + 1 + description.count
        if count > temporaryStackCapacity, count <= 2048 {
            var storage = InlineArray<2048, UInt8>(repeating: 0)
            return joined(title, description, in: &storage, body)
        }
        if count > temporaryStackCapacity, count <= stackCapacity {
            var storage = InlineArray<4096, UInt8>(repeating: 0)
            return joined(title, description, in: &storage, body)
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) {
            body(join(title, description, into: $0))
        }
    }

    /// Calls `body` with the joined bytes written to the start of `storage`, which has room for them.
    @inline(__always)
    private static func joined<let size: Int, R>(
        _ title: UnsafeBufferPointer<UInt8>, _ description: UnsafeBufferPointer<UInt8>,
        in storage: inout InlineArray<size, UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        withUnsafeMutableBytes(of: &storage) { raw in
            body(join(title, description, into: raw.assumingMemoryBound(to: UInt8.self)))
        }
    }

    /// Writes the joined bytes to the start of `buffer` (room for them at least) and returns them.
    private static func join(
        _ title: UnsafeBufferPointer<UInt8>, _ description: UnsafeBufferPointer<UInt8>,
        into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> UnsafeBufferPointer<UInt8> {
        var end = buffer.initialize(fromContentsOf: title)
        buffer.initializeElement(at: end, to: 0x0A)
        end += 1
        end = buffer[end...].initialize(fromContentsOf: description)
        return UnsafeBufferPointer(rebasing: buffer[..<end])
    }
}
