/// A 64-slot b-bit MinHash signature (16 bits a slot, 128 bytes inline) over word 5-shingles.
///
/// One-permutation hashing with optimal densification (Shrivastava 2017): each shingle
/// (5 consecutive words) is hashed once to 64 mixed bits; the top 6 bits pick a slot and the next
/// 32 bits are a rank; each slot keeps its minimum rank. A slot no shingle reached borrows the
/// value of a reached slot chosen by a fixed hash sequence, the same for every text. Only the low
/// 16 bits of each minimum are stored (b-bit minwise hashing; unequal minima collide with
/// probability 2⁻¹⁶). The share of equal slots estimates the Jaccard similarity of two shingle
/// sets (standard error about √(J(1−J)/64): ±0.05 at J = 0.8). One hash per shingle keeps it fast
/// without relying on SIMD. A text of fewer than 5 words is one shingle of all its words; an empty
/// text has every slot at `UInt16.max`.
public struct MinHashSignature: Sendable, Equatable {
    public static let shingleLength = 5
    public static let slotCount = 64
    public var values: SIMD64<UInt16>

    public init(values: SIMD64<UInt16>) {
        self.values = values
    }

    /// How many of the 64 slots agree.
    ///
    /// A plain loop over the raw slots: generic `SIMD` lane operations are not reliably vectorised.
    @inline(__always)
    public func equalSlots(with other: MinHashSignature) -> Int {
        withUnsafeBytes(of: values) { a in
            withUnsafeBytes(of: other.values) { b in
                let x = a.bindMemory(to: UInt16.self)
                let y = b.bindMemory(to: UInt16.self)
                var equal = 0
                for slot in 0..<MinHashSignature.slotCount where x[slot] == y[slot] { equal += 1 }
                return equal
            }
        }
    }

    /// The estimated Jaccard similarity (equal slots / 64), 0...1.
    public func similarity(to other: MinHashSignature) -> Double {
        Double(equalSlots(with: other)) / Double(Self.slotCount)
    }

    /// Builds the signature of a word-hash stream; also keeps the order-sensitive exact hash of the words.
    struct Builder {
        private var minimums = InlineArray<64, UInt32>(repeating: .max)  // one per slot, no heap
        private var reached: UInt64 = 0  // bit i: some shingle fell into slot i
        /// The last eight word hashes, word `k` at `k % 8` (zeros before the first word).
        private var recent = InlineArray<8, UInt64>(repeating: 0)
        /// `combine` of the last five words (zeros before the first), updated in O(1) a word.
        private var rolling: UInt64 = 0
        private var words = 0
        private(set) var exactHash: UInt64 = 0x9E37_79B9_7F4A_7C15

        init() {}

        /// Adds the next word's hash.
        @inline(__always)
        mutating func add(word: UInt64) {
            exactHash = Self.mix64(exactHash &+ word)
            // combine(w[n-4], …, w[n]) = rotate(combine(w[n-5], …, w[n-1]), 7) ^ rotate(w[n-5], 35) ^ w[n]:
            // rotation distributes over xor, and w[n-5] rotated 7 × 5 = 35 drops out.
            let oldest = recent[(words &+ 3) & 7]  // w[n-5]
            rolling = Self.rotated(rolling, by: 7) ^ Self.rotated(oldest, by: 35) ^ word
            recent[words & 7] = word
            words &+= 1
            if words >= MinHashSignature.shingleLength { insert(rolling) }
        }

        /// The finished signature.
        mutating func finish() -> MinHashSignature {
            if words > 0, words < MinHashSignature.shingleLength {
                // Short text: one shingle of all its words and their count, combined like a full one
                // (the words before the first are zero).
                insert(Self.rotated(rolling, by: 7) ^ UInt64(words))
            }
            exactHash = Self.mix64(exactHash &+ UInt64(words))
            var values = SIMD64<UInt16>(repeating: .max)
            guard reached != 0 else { return MinHashSignature(values: values) }
            // Raw bytes on both sides: element-wise `SIMD64` and `InlineArray` subscripts copy the whole value.
            // Every slot takes its own minimum first (a straight narrowing loop); then only the few slots no
            // shingle reached (about 3 of 64 for a 200-word text) walk their probe sequence.
            let (minimums, reached) = (minimums, reached)
            withUnsafeBytes(of: minimums) { minimums in
                withUnsafeMutableBytes(of: &values) { values in
                    for slot in 0..<MinHashSignature.slotCount {
                        let minimum = minimums.load(fromByteOffset: slot &* 4, as: UInt32.self)
                        values.storeBytes(of: UInt16(truncatingIfNeeded: minimum), toByteOffset: slot &* 2, as: UInt16.self)
                    }
                    var unreached = ~reached
                    while unreached != 0 {
                        let slot = unreached.trailingZeroBitCount
                        unreached &= unreached &- 1
                        let source = Self.borrowedSlot(for: slot, reached: reached)
                        let minimum = minimums.load(fromByteOffset: source &* 4, as: UInt32.self)
                        values.storeBytes(of: UInt16(truncatingIfNeeded: minimum), toByteOffset: slot &* 2, as: UInt16.self)
                    }
                }
            }
            return MinHashSignature(values: values)
        }

        /// The first reached slot of the fixed probe sequence of the unreached `slot`.
        private static func borrowedSlot(for slot: Int, reached: UInt64) -> Int {
            var probe = UInt64(slot)
            var candidate = slot
            while reached & (1 << UInt64(candidate)) == 0 {
                probe = Self.mix64(probe &+ 0x9E37_79B9_7F4A_7C15)
                candidate = Int(probe >> 58)
            }
            return candidate
        }

        @inline(__always)
        private mutating func insert(_ shingle: UInt64) {
            let mixed = Self.mix64(shingle)
            let slot = Int(mixed >> 58)
            let rank = UInt32(truncatingIfNeeded: mixed >> 26)
            reached |= 1 << UInt64(slot)
            minimums[slot] = min(rank, minimums[slot])  // no branch: whether it lowers the minimum is a coin toss
        }

        @inline(__always)
        private static func rotated(_ value: UInt64, by bits: UInt64) -> UInt64 {
            value &<< bits | value &>> (64 &- bits)
        }

        /// The SplitMix64 / MurmurHash3 finaliser.
        @inline(__always)
        static func mix64(_ value: UInt64) -> UInt64 {
            var z = value
            z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z &>> 31)
        }
    }
}
