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
/// 90 days. Results depend only on the input order.
///
/// Over a million postings the tables outgrow every cache, and a lookup mostly waits for memory; the
/// layout is about how many cache lines it touches. Originals are chained per block and location in
/// the order seen, so a lookup walks only the originals it could repeat (a chain per block alone grew
/// with the corpus: a million postings have few titles per company, in many cities), but one company
/// posting one title in one city hundreds of times still makes long chains. The walk reads 32-byte
/// entries (`OriginalStore.Entry`: date, exact hash, next, a 16-byte sketch of the signature) that
/// settle nearly every comparison; the 128-byte signature is read only when the sketch cannot rule
/// the original out, the id only when the posting repeats it. The chains are found in an
/// open-addressing table of 16-byte slots (`ChainKey`, first and last original). Memory: 176 bytes an
/// original (entry, signature, id; plus the id's heap text when it is over 15 bytes) and 32 to 64 bytes
/// a chain. `warm(for:)` loads what a batch's lookups will read, all at once.
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
    /// Originals the last `warm(for:)` loaded: kept so that its loads, whose values nothing else uses, are
    /// not optimised away.
    private var warmedOriginals = 0

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
        let sketch = OriginalStore.sketch(of: fingerprint.signature)
        let key = ChainKey(fingerprint)
        let slot = chainTable.slot(for: key)
        let chain = chainTable[slot]
        var position = chain.first
        while position >= 0 {
            let current = position
            let original = originals[current]
            position = original.next
            if let a = posted, original.postedDay != .min, abs(a - Int(original.postedDay)) > window { continue }
            if original.exactHash == fingerprint.exactHash
                || (OriginalStore.unequalSlots(original.sketch, sketch) <= MinHashSignature.slotCount - requiredEqualSlots
                    && originals.signature(at: current).equalSlots(with: fingerprint.signature) >= requiredEqualSlots)
            {
                duplicateCount += 1
                return originals.id(at: current)
            }
        }
        let added = originals.append(
            OriginalStore.Entry(
                postedDay: fingerprint.postedDayStorage, exactHash: fingerprint.exactHash, sketch: sketch),
            signature: fingerprint.signature, id: id)
        if chain.first >= 0 { originals.link(chain.last, to: added) }
        chainTable.append(added, at: slot, key: key)
        originalCount += 1
        return nil
    }

    /// Loads what the lookups of the next postings will read: their table slots, then the originals of
    /// their chains a step at a time (the first of every chain, then the second of every chain, …). Over a
    /// million postings these tables far outgrow the caches, and a lookup on its own waits for each miss
    /// in turn, down its chain; here each step's loads wait on nothing of each other, so they are in
    /// flight together. Answers do not change. Pass the keys of a batch small enough to stay in cache (a
    /// pipeline batch of 128 postings touches ~12 KB of lines). Each chain is walked to its end, as the
    /// lookup of a posting that repeats none of it walks it.
    public mutating func warm(for keys: [ChainKey?]) {
        var visited = 0
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: keys.count) { cursors in
            var live = 0
            for case let key? in keys {
                cursors[live] = chainTable.firstOriginal(probedFirstBy: key)
                live &+= cursors[live] >= 0 ? 1 : 0
            }
            while live > 0 {
                visited &+= live
                var kept = 0
                for index in 0..<live {
                    cursors[kept] = originals[cursors[index]].next
                    kept &+= cursors[kept] >= 0 ? 1 : 0
                }
                live = kept
            }
        }
        warmedOriginals = visited
    }

    /// A posting's chain: its fingerprint's block and location keys hashed together with a per-process
    /// seed into one 64-bit value, 8 bytes in a table slot rather than 16. Two different pairs share a key
    /// with probability 2⁻⁶⁴ (of the order of two different titles sharing a block key): over a million
    /// chains, about 3 × 10⁻⁸ for the whole run. Made anywhere (on the extraction workers, with the
    /// posting) and handed to `warm(for:)` before the posting is looked up.
    public struct ChainKey: Equatable, Sendable {
        fileprivate let value: UInt64

        public init(_ fingerprint: DuplicateFingerprint) {
            value = MinHashSignature.Builder.mix64(
                (fingerprint.blockKey ^ ChainTable.seed) &+ MinHashSignature.Builder.mix64(fingerprint.locationKey))
        }

        /// The chain key of an extracted posting's fingerprint (`nil` for a rejected record or a posting
        /// without one), made where the outcome is: on an extraction worker, for `warm(for:)`.
        public init?(of outcome: borrowing RecordOutcome) {
            switch outcome {
            case .posting(let posting):
                guard let fingerprint = posting.fingerprint else { return nil }
                self.init(fingerprint)
            case .rejected: return nil
            }
        }

        fileprivate init(value: UInt64) {
            self.value = value
        }
    }

    /// Chains by key: open addressing with linear probing in a power-of-two table kept at most
    /// half full, a key's probe starting at its low bits. Keys are seeded per process: block and
    /// location keys are plain `mix64` outputs anyone can compute, so postings crafted to share low
    /// bits would otherwise turn every look-up into a walk along one long run.
    private struct ChainTable: Sendable {
        /// A key and its chain side by side: a probe reads one slot, not one entry in each of two arrays.
        private struct Slot: Sendable {
            var key: ChainKey
            var chain: Chain
        }

        private static let empty = Slot(key: ChainKey(value: 0), chain: Chain(first: -1, last: -1))
        private var slots = [Slot](repeating: empty, count: 16)
        private var count = 0
        /// Random per process (`Hasher`'s seed), fixed under `SWIFT_DETERMINISTIC_HASHING`.
        fileprivate static let seed = UInt64(truncatingIfNeeded: 0x5EED.hashValue)

        /// The slot holding `key`'s chain, or the empty slot where it belongs.
        func slot(for key: ChainKey) -> Int {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: key.value) & mask
            while slots[slot].chain.first >= 0, slots[slot].key != key { slot = (slot + 1) & mask }
            return slot
        }

        /// The first original of the slot where `key` is probed first (-1: none); of another key's chain
        /// when that one took the slot. For `warm(for:)`: it loads the slot.
        func firstOriginal(probedFirstBy key: ChainKey) -> Int32 {
            slots[Int(truncatingIfNeeded: key.value) & (slots.count - 1)].chain.first
        }

        /// The chain at `slot` (`first` -1: none yet).
        subscript(slot: Int) -> Chain { slots[slot].chain }

        /// Makes `position` the last original of `key`'s chain at `slot` (from `slot(for: key)`).
        mutating func append(_ position: Int32, at slot: Int, key: ChainKey) {
            if slots[slot].chain.first >= 0 {
                slots[slot].chain.last = position
                return
            }
            slots[slot] = Slot(key: key, chain: Chain(first: position, last: position))
            count += 1
            if count * 2 > slots.count { grow() }
        }

        /// Doubles the table and re-inserts every chain.
        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Self.empty, count: old.count * 2)
            for entry in old where entry.chain.first >= 0 { slots[slot(for: entry.key)] = entry }
        }
    }
}
