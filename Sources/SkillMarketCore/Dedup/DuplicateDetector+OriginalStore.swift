extension DuplicateDetector {
    /// Append-only storage of originals in chunks of 4,096, addressed by position: for each, the entry a
    /// chain walk reads, its signature and its id, in three arrays per chunk so that the walk's 32-byte
    /// entries sit two to a cache line (32 MB for a million originals, where one 176-byte record each
    /// spread the walk over 176 MB). A chunk grows like any array (so a small run holds little); a full
    /// one is never copied again.
    struct OriginalStore: Sendable {
        /// What a chain walk reads of an original: plain values (no reference to retain on a read).
        struct Entry: Sendable {
            /// Days since 1970-01-01 of the posting date, `Int32.min` when unknown (as the fingerprint
            /// stores it: an `Int?` here would make each entry 8 bytes longer).
            let postedDay: Int32
            /// The next original of the same block and location, or -1.
            var next: Int32 = -1
            let exactHash: UInt64
            /// `sketch(of:)` of the signature.
            let sketch: SIMD16<UInt8>
        }

        private struct Chunk: Sendable {
            var entries: [Entry] = []
            var signatures: [MinHashSignature] = []
            var ids: [PostingID] = []
        }

        private static let chunkShift = 12
        private static let chunkMask = 1 << chunkShift - 1
        private var chunks: [Chunk] = []
        private var count = 0

        /// The low bytes of the signature's first sixteen slots. Slots whose low bytes differ differ, so
        /// `unequalSlots` of two sketches is a lower bound on the unequal slots of their signatures.
        static func sketch(of signature: MinHashSignature) -> SIMD16<UInt8> {
            withUnsafeBytes(of: signature.values) { bytes in
                var sketch = SIMD16<UInt8>()
                for slot in 0..<16 { sketch[slot] = bytes[slot &* 2] }  // little-endian: the low byte first
                return sketch
            }
        }

        /// How many lanes of two sketches differ.
        static func unequalSlots(_ a: SIMD16<UInt8>, _ b: SIMD16<UInt8>) -> Int {
            ByteBlocks.movemask(a .!= b).nonzeroBitCount
        }

        /// Stores an original and returns its position.
        mutating func append(_ entry: Entry, signature: MinHashSignature, id: PostingID) -> Int32 {
            if count & Self.chunkMask == 0 { chunks.append(Chunk()) }
            let last = chunks.count - 1
            chunks[last].entries.append(entry)
            chunks[last].signatures.append(signature)
            chunks[last].ids.append(id)
            count += 1
            return Int32(truncatingIfNeeded: count - 1)
        }

        /// The chunk of `position` and its index there.
        private static func place(of position: Int32) -> (chunk: Int, index: Int) {
            (Int(position) >> chunkShift, Int(position) & chunkMask)
        }

        subscript(position: Int32) -> Entry {
            let (chunk, index) = Self.place(of: position)
            return chunks[chunk].entries[index]
        }

        func signature(at position: Int32) -> MinHashSignature {
            let (chunk, index) = Self.place(of: position)
            return chunks[chunk].signatures[index]
        }

        func id(at position: Int32) -> PostingID {
            let (chunk, index) = Self.place(of: position)
            return chunks[chunk].ids[index]
        }

        /// Makes `next` follow the original at `position` in its chain.
        mutating func link(_ position: Int32, to next: Int32) {
            let (chunk, index) = Self.place(of: position)
            chunks[chunk].entries[index].next = next
        }
    }
}
