/// A cleared buffer on the stack for text that a pass writes and then copies into a `String`
/// (decoded JSON escapes, HTML converted to text), instead of a heap buffer per text.
///
/// Texts this long are past glibc's per-thread cache, so their `malloc` and `free` take its slow
/// path (and, on a worker thread, its arena lock); clearing the stack buffer costs less. The size
/// stays under 2 KiB, where glibc's `memset` switches to `rep stosb`; longer texts (rare: a
/// posting's description is about 1.3 KB) use the heap as before.
enum StackScratch {
    /// Bytes the buffer holds.
    static let capacity = 2016

    /// `body` called with the buffer (valid only during the call).
    @inline(__always)
    static func with<Result, Failure: Error>(
        _ body: (UnsafeMutableBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var scratch = InlineArray<2016, UInt8>(repeating: 0)
        var span = scratch.mutableSpan
        return try span.withUnsafeMutableBufferPointer(body)
    }
}
