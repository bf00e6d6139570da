#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator set up for a streaming run over large inputs.
///
/// The reader hands out records as slices of its input buffers, so a buffer is freed (on an extraction
/// worker) only after its last record is extracted. Left to glibc's moving threshold, large blocks came
/// from the thread heaps, interleaved with what the run keeps (duplicate-detector entries, salary lists),
/// and the holes they left raised peak memory: 315 MB for a report over a million postings. Blocks from
/// 512 KB up (growing tables, outsized records) are now mapped on their own and handed back when freed,
/// and the heaps keep up to 256 MB of freed small blocks instead of trimming and faulting them in again.
/// Input buffers are 256 KB and all of one size (`IngestOptions.chunkSize`), so they stay in the heaps
/// and are reused: mapping each 1 MB buffer afresh cost ~467,000 page faults over a million postings.
///
/// `mallopt` is looked up at run time (`<malloc.h>` is not part of Swift's Glibc module); elsewhere
/// this does nothing.
enum AllocatorTuning {
    static func forStreaming() {
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 512 << 10)
        _ = mallopt(trimThreshold, 256 << 20)
        #endif
    }
}
