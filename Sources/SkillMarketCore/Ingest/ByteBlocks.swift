#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Sixteen bytes tested at once as one `SIMD16<UInt8>` (compiled to SSE2 compares and a byte
/// mask), for the scanners that skip long runs of ordinary bytes: JSON strings, HTML text and the
/// salary trigger scan.
/// `ByteLanes` is the eight-byte form for scanners whose tests SIMD does not shorten. Compare with
/// vector operands (`block .== Block(repeating: byte)`): the forms taking a scalar are generic
/// lane loops that the optimiser does not turn into SIMD.
enum ByteBlocks {
    typealias Block = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>

    static let width = 16
    /// The sixteen bytes at `base + index` (the caller checks they are in bounds).
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at index: Int) -> Block {
        UnsafeRawPointer(base + index).loadUnaligned(as: Block.self)
    }

    /// Writes `block` to `base + index …+ 15` (the caller checks the room).
    @inline(__always)
    static func store(_ block: Block, to base: UnsafeMutablePointer<UInt8>, at index: Int) {
        UnsafeMutableRawPointer(base + index).storeBytes(of: block, as: Block.self)
    }

    /// The lanes set in `mask` as two 64-bit halves (0xFF per set lane, lanes 0–7 in `[0]`); the
    /// tests below read these rather than `any(_:)`, which the compiler does not always inline.
    @inline(__always)
    static func flags(_ mask: Mask) -> SIMD2<UInt64> {
        unsafeBitCast(mask, to: SIMD2<UInt64>.self)
    }

    /// Bit k (0–15) set for each lane k set in `mask`: the lane flags gathered into one integer
    /// (a multiply per eight lanes, what `pmovmskb` does in one instruction), for scanners that walk the
    /// set lanes of several blocks with `trailingZeroBitCount`.
    @inline(__always)
    static func laneBits(_ mask: Mask) -> UInt64 {
        let halves = flags(mask)
        let gather: UInt64 = 0x0102_0408_1020_4080
        return ((halves[0] & ByteLanes.ones) &* gather) &>> 56 | ((halves[1] & ByteLanes.ones) &* gather) &>> 48 & 0xFF00
    }

    /// `laneBits(mask)` in one SSE2 `pmovmskb` on x86-64 (from the compiler's builtin intrinsics
    /// module: Swift's SIMD types have no such operation), `laneBits` elsewhere. For the scanners
    /// that gather several masks per block (`ASCIIWordRuns`), where it saves about ten instructions a
    /// mask; `laneBits` stays for the others, whose compiled branches it would change.
    @inline(__always)
    static func movemask(_ mask: Mask) -> UInt64 {
        #if arch(x86_64)
        // The high bit of each byte, lane 0 in bit 0: a lane of `mask` is all ones or all zeros.
        return UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(mask, to: SIMD2<Int64>.self))))
        #else
        return laneBits(mask)
        #endif
    }

    /// True when no lane of `flags` is set.
    @inline(__always)
    static func isEmpty(_ flags: SIMD2<UInt64>) -> Bool {
        flags[0] | flags[1] == 0
    }

    /// Index (0–15) of the first lane set in `flags`, 16 when none is.
    @inline(__always)
    static func firstLane(of flags: SIMD2<UInt64>) -> Int {
        flags[0] != 0 ? flags[0].trailingZeroBitCount &>> 3 : 8 &+ flags[1].trailingZeroBitCount &>> 3
    }

    /// Index (0–15) of the last lane set in `flags`, which has one.
    @inline(__always)
    static func lastLane(of flags: SIMD2<UInt64>) -> Int {
        flags[1] != 0 ? 15 &- flags[1].leadingZeroBitCount &>> 3 : 7 &- flags[0].leadingZeroBitCount &>> 3
    }

    /// The high bits (0x80) of the first `count` lanes of `block`, folded into one word: 0 when
    /// they are all ASCII.
    @inline(__always)
    static func highBits(_ block: Block, before count: Int = 16) -> UInt64 {
        let halves = unsafeBitCast(block, to: SIMD2<UInt64>.self)
        let low = halves[0] & ((1 << UInt64(count &* 8)) &- 1)
        let high = count > 8 ? halves[1] & ((1 << UInt64((count &- 8) &* 8)) &- 1) : 0
        return (low | high) & ByteLanes.highs
    }
}
