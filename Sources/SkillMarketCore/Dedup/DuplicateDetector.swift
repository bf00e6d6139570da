/// Finds reposts of the same opening in a stream of postings; the first copy seen wins.
///
/// A posting repeats an earlier original when all of these hold:
/// * same block: same company key and same normalised title (a posting without a company only
///   meets other postings without a company, on title and location);
/// * same location key (the same title at the same company in another city is another opening);
/// * the description is the same after normalisation (`exactHash`) or its estimated Jaccard
///   similarity over word 5-shingles is at least `similarity`;
/// * when both have a posting date, they are at most `window` days apart. Reposts further apart
///   are treated as a new opening, which then becomes an original itself.
///
/// Only originals are remembered (a duplicate is never compared against), so an opening reposted
/// every 60 days with `window` 90 yields a new original whenever the gap to the first copy exceeds
/// 90 days. Results depend only on the input order. Memory: one 160-byte entry per original (plus
/// the id's heap text when it is over 15 bytes), in one append-only store of 4,096-entry chunks
/// (growing never copies or doubles what is stored; no allocation per block), chained per block
/// and location in the order seen, so a lookup walks only the originals it could repeat (a chain
/// per block alone grew with the corpus: a million postings have few titles per company, in many
/// cities). The chains are found in an open-addressing table of (block, location) keys.
public struct DuplicateDetector: Sendable {
    /// Largest gap in days between a repost and its original.
    public let window: Int
    /// Smallest estimated Jaccard similarity of a near-duplicate description (0...1).
    public let similarity: Double
    /// Postings accepted as originals so far.
    public private(set) var originalCount = 0
    /// Postings reported as duplicates so far.
    public private(set) var duplicateCount = 0

    private let requiredEqualSlots: Int
    /// Each block and location's first and last original in `originals`.
    private var chainTable = ChainTable()
    private var originals = OriginalStore()

    private struct Original: Sendable {
        let signature: MinHashSignature
        let exactHash: UInt64
        /// Days since 1970-01-01 of the posting date, `Int32.min` when unknown (as the fingerprint
        /// stores it: an `Int?` here made each entry 8 bytes longer, 8 MB over a million originals).
        let postedDay: Int32
        /// The next original of the same block, or -1.
        var next: Int32 = -1
        let id: PostingID
    }

    /// A chain's first and last original in `originals`; `first` is -1 in an empty table slot.
    private struct Chain: Sendable {
        var first: Int32
        var last: Int32
    }

    public init(window: Int = 90 /* days */, similarity: Double = 0.8) {
        self.window = window
        self.similarity = similarity
        let slots = (min(max(similarity, 0), 1) * Double(MinHashSignature.slotCount)).rounded(.up)
        requiredEqualSlots = Int(slots)
    }

    /// The first copy an extracted posting repeats, or `nil`; a posting without a fingerprint never repeats one.
    public mutating func firstCopy(of posting: ExtractedPosting) -> PostingID? {
        posting.fingerprint.flatMap { firstCopy(of: posting.id, fingerprint: $0) }
    }

    /// The id of the earlier original this posting repeats, or `nil` (it is then remembered as an original).
    public mutating func firstCopy(of id: PostingID, fingerprint: DuplicateFingerprint) -> PostingID? {
        let posted = fingerprint.postedDayNumber
        let key = ChainKey(block: fingerprint.blockKey, location: fingerprint.locationKey)
        let slot = chainTable.slot(for: key)
        let chain = chainTable[slot]
        var position = chain.first
        while position >= 0 {
            let original = originals[position]
            position = original.next
            if let a = posted, original.postedDay != .min, abs(a - Int(original.postedDay)) > window { continue }
            if original.exactHash == fingerprint.exactHash
                || original.signature.equalSlots(with: fingerprint.signature) >= requiredEqualSlots
            {
                duplicateCount += 1
                return original.id
            }
        }
        let added = originals.append(
            Original(
                signature: fingerprint.signature, exactHash: fingerprint.exactHash,
                postedDay: fingerprint.postedDayStorage, id: id))
        if chain.first >= 0 { originals.link(chain.last, to: added) }
        chainTable.append(added, at: slot, key: key)
        originalCount += 1
        return nil
    }

    /// Append-only storage of originals in chunks of 4,096, addressed by position. A chunk grows like any
    /// array (so a small run holds little); a full one is never copied again.
    private struct OriginalStore: Sendable {
        private static let chunkShift = 12
        private static let chunkMask = 1 << chunkShift - 1
        private var chunks: [[Original]] = []
        private var count = 0

        /// Stores `original` and returns its position.
        mutating func append(_ original: Original) -> Int32 {
            if count & Self.chunkMask == 0 { chunks.append([]) }
            chunks[chunks.count - 1].append(original)
            count += 1
            return Int32(truncatingIfNeeded: count - 1)
        }

        subscript(position: Int32) -> Original {
            chunks[Int(position) >> Self.chunkShift][Int(position) & Self.chunkMask]
        }

        /// Makes `next` follow the original at `position` in its chain.
        mutating func link(_ position: Int32, to next: Int32) {
            chunks[Int(position) >> Self.chunkShift][Int(position) & Self.chunkMask].next = next
        }
    }

    /// A chain's key: the fingerprint's block and location keys.
    private struct ChainKey: Equatable, Sendable {
        let block: UInt64
        let location: UInt64
    }

    /// Chains by key: open addressing with linear probing in a power-of-two table kept at most
    /// half full. The first slot comes from the key mixed with a per-process seed, not from its bits:
    /// the keys are plain `mix64` outputs anyone can compute, so postings crafted to share low bits
    /// would otherwise turn every look-up into a walk along one long run.
    private struct ChainTable: Sendable {
        private var keys = [ChainKey](repeating: ChainKey(block: 0, location: 0), count: 16)
        private var chains = [Chain](repeating: Chain(first: -1, last: -1), count: 16)
        private var count = 0
        /// Random per process (`Hasher`'s seed), fixed under `SWIFT_DETERMINISTIC_HASHING`.
        private static let seed = UInt64(truncatingIfNeeded: 0x5EED.hashValue)

        /// The slot holding `key`'s chain, or the empty slot where it belongs.
        func slot(for key: ChainKey) -> Int {
            let mask = keys.count - 1
            let mixed = MinHashSignature.Builder.mix64((key.block ^ Self.seed) &+ MinHashSignature.Builder.mix64(key.location))
            var slot = Int(truncatingIfNeeded: mixed) & mask
            while chains[slot].first >= 0, keys[slot] != key { slot = (slot + 1) & mask }
            return slot
        }

        /// The chain at `slot` (`first` -1: none yet).
        subscript(slot: Int) -> Chain { chains[slot] }

        /// Makes `position` the last original of `key`'s chain at `slot` (from `slot(for: key)`).
        mutating func append(_ position: Int32, at slot: Int, key: ChainKey) {
            if chains[slot].first >= 0 {
                chains[slot].last = position
                return
            }
            keys[slot] = key
            chains[slot] = Chain(first: position, last: position)
            count += 1
            if count * 2 > keys.count { grow() }
        }

        /// Doubles the table and re-inserts every chain.
        private mutating func grow() {
            let (oldKeys, oldChains) = (keys, chains)
            keys = [ChainKey](repeating: ChainKey(block: 0, location: 0), count: oldKeys.count * 2)
            chains = [Chain](repeating: Chain(first: -1, last: -1), count: oldKeys.count * 2)
            for (key, chain) in zip(oldKeys, oldChains) where chain.first >= 0 {
                let slot = slot(for: key)
                keys[slot] = key
                chains[slot] = chain
            }
        }
    }
}
