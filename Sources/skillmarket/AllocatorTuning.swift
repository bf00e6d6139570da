#if canImport(Glibc)
import Glibc
#endif

/// glibc's allocator set up for a streaming run over large inputs.
///
/// The reader hands out records as slices of 1 MB input chunks, so a chunk is freed (on an extraction
/// worker) only after its last record is extracted. Left to glibc's moving threshold, chunks came from
/// the thread heaps, interleaved with what the run keeps (duplicate-detector entries, salary lists), and
/// the holes they left raised peak memory: 315 MB for a report over a million postings. Blocks from
/// 512 KB up are now mapped on their own and handed back when freed (257 MB), and the heaps keep up to
/// 256 MB of freed small blocks instead of trimming and faulting them in again.
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
