/// A 64-slot b-bit MinHash signature (16 bits a slot, 128 bytes inline) over word 5-shingles.
///
/// Each shingle (5 consecutive words) is hashed to 64 bits, mixed, and fed to 64 independent
/// 32-bit permutations (`fmix32(h ^ seedᵢ)`, a bijection per seed); slot i keeps the low 16 bits
/// of the minimum (b-bit minwise hashing: unequal minima collide with probability 2⁻¹⁶). The share
/// of equal slots of two signatures estimates the Jaccard similarity of their shingle sets
/// (standard error about √(J(1−J)/64): ±0.05 at J = 0.8). A text of fewer than 5 words is one
/// shingle of all its words; an empty text has every slot at `UInt16.max`.
public struct MinHashSignature: Sendable, Equatable {
    public static let shingleLength = 5
    public static let slotCount = 64
    public var values: SIMD64<UInt16>

    public init(values: SIMD64<UInt16>) {
        self.values = values
    }

    /// How many of the 64 slots agree.
    @inline(__always)
    public func equalSlots(with other: MinHashSignature) -> Int {
        let equal = SIMD64<UInt16>(repeating: 0).replacing(with: 1, where: values .== other.values)
        return Int(equal.wrappedSum())
    }

    /// The estimated Jaccard similarity (equal slots / 64), 0...1.
    public func similarity(to other: MinHashSignature) -> Double {
        Double(equalSlots(with: other)) / Double(Self.slotCount)
    }

    /// Builds the signature of a word-hash stream; also returns the order-sensitive exact hash of the words.
    struct Builder {
        private var minimums = SIMD64<UInt32>(repeating: .max)
        private var window: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private var words = 0
        private(set) var exactHash: UInt64 = 0x9E37_79B9_7F4A_7C15

        init() {}

        /// Adds the next word's hash.
        @inline(__always)
        mutating func add(word: UInt64) {
            exactHash = Self.mix64(exactHash &+ word)
            words += 1
            if words >= MinHashSignature.shingleLength {
                let (w0, w1, w2, w3) = window
                let shingle = Self.combine(w0, w1, w2, w3, word)
                insert(shingle)
            }
            window = (window.1, window.2, window.3, word)
        }

        /// The finished signature.
        mutating func finish() -> MinHashSignature {
            if words > 0, words < MinHashSignature.shingleLength {
                // Short text: one shingle of all its words (older slots of the window are zero).
                let (w0, w1, w2, w3) = window
                insert(Self.combine(w0, w1, w2, w3, UInt64(words)))
            }
            exactHash = Self.mix64(exactHash &+ UInt64(words))
            if words == 0 { return MinHashSignature(values: SIMD64<UInt16>(repeating: .max)) }
            return MinHashSignature(values: SIMD64<UInt16>(truncatingIfNeeded: minimums))
        }

        @inline(__always)
        private mutating func insert(_ shingle: UInt64) {
            let mixed = Self.mix64(shingle)
            var x = SIMD64<UInt32>(repeating: UInt32(truncatingIfNeeded: mixed ^ (mixed >> 32))) ^ Self.seeds
            x ^= x &>> 16
            x &*= 0x85EB_CA6B
            x ^= x &>> 13
            x &*= 0xC2B2_AE35
            x ^= x &>> 16
            minimums = pointwiseMin(minimums, x)
        }

        @inline(__always)
        private static func combine(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, _ e: UInt64) -> UInt64 {
            var h = a
            h = (h &<< 7 | h &>> 57) ^ b
            h = (h &<< 7 | h &>> 57) ^ c
            h = (h &<< 7 | h &>> 57) ^ d
            h = (h &<< 7 | h &>> 57) ^ e
            return h
        }

        /// The SplitMix64 / MurmurHash3 finaliser.
        @inline(__always)
        static func mix64(_ value: UInt64) -> UInt64 {
            var z = value
            z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z &>> 31)
        }

        /// 64 fixed seeds (SplitMix64 outputs from 0), so signatures are stable across runs and machines.
        private static let seeds: SIMD64<UInt32> = {
            var seeds = SIMD64<UInt32>(repeating: 0)
            var state: UInt64 = 0
            for index in 0..<64 {
                state &+= 0x9E37_79B9_7F4A_7C15
                seeds[index] = UInt32(truncatingIfNeeded: mix64(state))
            }
            return seeds
        }()
    }
}
