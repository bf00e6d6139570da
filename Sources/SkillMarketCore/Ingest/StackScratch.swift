/// A cleared buffer on the stack for text that a pass writes and then reads or copies into a `String`
/// (decoded JSON escapes, HTML converted to text, a posting's title and description joined for the
/// skill scan), instead of a heap buffer per text.
///
/// Texts this long are past glibc's per-thread cache, so their `malloc` and `free` take its slow
/// path (and, on a worker thread, its arena lock); clearing the stack buffer costs less. `with` stays
/// under 2 KiB, where glibc's `memset` switches to `rep stosb`; `withLarge` (4 KiB) is for callers
/// whose texts often pass that; longer texts use the heap. (`withUnsafeTemporaryAllocation` keeps at
/// most 1 KiB on the stack on Linux: beyond that it calls `malloc`.)
enum StackScratch {
    /// Bytes the buffer of `with` holds.
    static let capacity = 2016
    /// Bytes the buffer of `withLarge` holds.
    static let largeCapacity = 4096

    /// `body` called with the buffer of `capacity` bytes (valid only during the call).
    @inline(__always)
    static func with<Result, Failure: Error>(
        _ body: (UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var scratch = InlineArray<2016, UInt8>(repeating: 0)
        return try cleared(&scratch, body)
    }

    /// `body` called with the buffer of `largeCapacity` bytes (valid only during the call).
    @inline(__always)
    static func withLarge<Result, Failure: Error>(
        _ body: (UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var scratch = InlineArray<4096, UInt8>(repeating: 0)
        return try cleared(&scratch, body)
    }

    @inline(__always)
    private static func cleared<let size: Int, Result, Failure: Error>(
        _ scratch: inout InlineArray<size, UInt8>, _ body: (UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var span = scratch.mutableSpan
        return try span.withUnsafeMutableBufferPointer(body)
    }
}
