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

    /// Builds the signature of a word-hash stream.
    struct Builder {
        /// The slots' minimum ranks (64 × `UInt32`, `UInt32.max` until a shingle reaches the slot) at byte 0,
        /// then recent word hashes (8 × `UInt64`, word `k` at `k % 8`, zeros before the first word; the last
        /// five are always there, the only ones read) at byte `Running.recentOffset`: the memory a word
        /// indexes, read and written through one pointer.
        private var memory = InlineArray<80, UInt32> { $0 < MinHashSignature.slotCount ? .max : 0 }  // no heap
        /// The values every word updates, apart from `memory` so that a word loop keeps them in registers.
        private var running = Running()

        init() {}

        /// How many words were added.
        var wordCount: Int { running.words }

        /// Adds the next word's hash.
        mutating func add(word: UInt64) {
            withUnsafePointer(to: word) { add(words: UnsafeBufferPointer(start: $0, count: 1)) }
        }

        /// Adds the next words' hashes, in order.
        mutating func add(words: UnsafeBufferPointer<UInt64>) {
            let start = running
            running = withUnsafeMutableBytes(of: &memory) { memory in
                Self.add(words, to: start, memory: memory.baseAddress.unsafelyUnwrapped)
            }
        }

        /// `running` after `words`. Out of line and by value: a loop of its own, whose running values stay in
        /// registers (inlined into the word finder's loop they were stored and reloaded for every word, there
        /// being too few registers for both). The first five words take their oldest neighbour, w[n-5], from
        /// the recent words in `memory`; the others from `words` itself, and each of them completes a
        /// shingle: no ring index, no branch. The last five go to `memory` at the end for the next call.
        @inline(never)
        private static func add(
            _ words: UnsafeBufferPointer<UInt64>, to running: Running, memory: UnsafeMutableRawPointer
        ) -> Running {
            var running = running
            guard let base = words.baseAddress else { return running }
            let head = min(words.count, MinHashSignature.shingleLength)
            for index in 0..<head { running.add(word: base[index], memory: memory) }
            guard words.count > head else { return running }
            for index in head..<words.count {
                running.add(word: base[index], completing: base[index &- MinHashSignature.shingleLength], memory: memory)
            }
            running.words &+= words.count &- head
            for index in (words.count &- MinHashSignature.shingleLength)..<words.count {
                running.remember(base[index], at: running.words &- words.count &+ index, memory: memory)
            }
            return running
        }

        /// The values every word updates; `memory` is the builder's.
        private struct Running {
            /// Byte offset of the last eight word hashes in `memory`.
            static let recentOffset = MinHashSignature.slotCount * 4
            var reached: UInt64 = 0  // bit i: some shingle fell into slot i
            /// `combine` of the last five words (zeros before the first), updated in O(1) a word.
            var rolling: UInt64 = 0
            var words = 0

            /// Adds word `words` (counting from 0), its oldest neighbour taken from the recent words.
            @inline(__always)
            mutating func add(word: UInt64, memory: UnsafeMutableRawPointer) {
                let oldest = memory.load(fromByteOffset: Self.recentOffset &+ ((words &+ 3) & 7) &* 8, as: UInt64.self)
                rolling = Self.rolled(rolling, adding: word, dropping: oldest)
                remember(word, at: words, memory: memory)
                words &+= 1
                if words >= MinHashSignature.shingleLength { insert(rolling, memory: memory) }
            }

            /// Adds a word that completes a shingle (the fifth or a later one) given the word five before it;
            /// does not count it or remember it among the recent words.
            @inline(__always)
            mutating func add(word: UInt64, completing oldest: UInt64, memory: UnsafeMutableRawPointer) {
                rolling = Self.rolled(rolling, adding: word, dropping: oldest)
                insert(rolling, memory: memory)
            }

            /// combine(w[n-4], …, w[n]) = rotate(combine(w[n-5], …, w[n-1]), 7) ^ rotate(w[n-5], 35) ^ w[n]:
            /// rotation distributes over xor, and w[n-5] rotated 7 × 5 = 35 drops out.
            @inline(__always)
            static func rolled(_ rolling: UInt64, adding word: UInt64, dropping oldest: UInt64) -> UInt64 {
                Builder.rotated(rolling, by: 7) ^ Builder.rotated(oldest, by: 35) ^ word
            }

            /// Keeps word `index` (counting from 0) among the recent words, at `index % 8`.
            @inline(__always)
            func remember(_ word: UInt64, at index: Int, memory: UnsafeMutableRawPointer) {
                memory.storeBytes(of: word, toByteOffset: Self.recentOffset &+ (index & 7) &* 8, as: UInt64.self)
            }

            /// Lowers the minimum of the shingle's slot to its rank.
            @inline(__always)
            mutating func insert(_ shingle: UInt64, memory: UnsafeMutableRawPointer) {
                let mixed = Builder.mix64(shingle)
                let slot = Int(mixed >> 58)
                let rank = UInt32(truncatingIfNeeded: mixed >> 26)
                reached |= 1 << UInt64(slot)
                // No branch: whether it lowers the minimum is a coin toss.
                let minimum = min(rank, memory.load(fromByteOffset: slot &* 4, as: UInt32.self))
                memory.storeBytes(of: minimum, toByteOffset: slot &* 4, as: UInt32.self)
            }
        }

        /// The finished signature.
        mutating func finish() -> MinHashSignature {
            let words = running.words
            if words > 0, words < MinHashSignature.shingleLength {
                // Short text: one shingle of all its words and their count, combined like a full one
                // (the words before the first are zero).
                var running = self.running
                let shingle = Self.rotated(running.rolling, by: 7) ^ UInt64(words)
                withUnsafeMutableBytes(of: &memory) { running.insert(shingle, memory: $0.baseAddress.unsafelyUnwrapped) }
                self.running = running
            }
            var values = SIMD64<UInt16>(repeating: .max)
            let reached = running.reached
            guard reached != 0 else { return MinHashSignature(values: values) }
            // Raw bytes on both sides: element-wise `SIMD64` and `InlineArray` subscripts copy the whole value.
            // Every slot takes its own minimum first (a straight narrowing loop); then only the few slots no
            // shingle reached (about 3 of 64 for a 200-word text) walk their probe sequence.
            withUnsafeBytes(of: memory) { minimums in
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
