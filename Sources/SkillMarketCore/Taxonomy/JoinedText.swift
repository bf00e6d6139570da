/// `title + "\n" + description` as one run of bytes for a scan, without making that String, and on the stack
/// for the texts most postings have: up to 1 KB in `withUnsafeTemporaryAllocation` (which uses the stack that
/// far on Linux), up to ``stackCapacity`` bytes in a `StackScratch` buffer (the smaller of its two that fits),
/// and only longer ones on the heap.
enum JoinedText {
    /// The longest joined text kept on the stack.
    static let stackCapacity = StackScratch.largeCapacity
    /// The longest joined text for which `withUnsafeTemporaryAllocation` uses the stack.
    private static let temporaryStackCapacity = 1024

    /// Calls `body` with the bytes of `title`, a line feed, then `description`.
    static func withBytes<R>(
        _ title: UnsafeBufferPointer<UInt8>, _ description: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        let count = title.count + 1 + description.count
        if count > temporaryStackCapacity, count <= StackScratch.capacity {
            return StackScratch.with { body(join(title, description, into: $0)) }
        }
        if count > temporaryStackCapacity, count <= stackCapacity {
            return StackScratch.withLarge { body(join(title, description, into: $0)) }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) {
            body(join(title, description, into: $0))
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
