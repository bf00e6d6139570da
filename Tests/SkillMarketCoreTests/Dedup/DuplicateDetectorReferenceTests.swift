import Testing

@testable import SkillMarketCore

/// The detector reads a 16-slot sketch of each original's signature before the signature itself, and
/// walks chains of originals per block and location. Its answers must be those of the rule written the
/// slow and obvious way: every earlier original of the same block and location, oldest first, the first
/// one within the window whose exact hash is equal or whose signature agrees in enough slots, whether or
/// not each batch's lookups were loaded ahead (`warm(for:)`).
@Suite("Duplicate detection against a reference")
struct DuplicateDetectorReferenceTests {
    struct Original {
        let fingerprint: DuplicateFingerprint
        let id: PostingID
    }

    /// The documented rule over a plain list of originals.
    static func reference(
        _ fingerprint: DuplicateFingerprint, originals: [Original], window: Int, requiredEqualSlots: Int
    ) -> PostingID? {
        for original in originals
        where original.fingerprint.blockKey == fingerprint.blockKey
            && original.fingerprint.locationKey == fingerprint.locationKey
        {
            if let a = fingerprint.postedDayNumber, let b = original.fingerprint.postedDayNumber, abs(a - b) > window {
                continue
            }
            if original.fingerprint.exactHash == fingerprint.exactHash
                || original.fingerprint.signature.equalSlots(with: fingerprint.signature) >= requiredEqualSlots
            {
                return original.id
            }
        }
        return nil
    }

    /// A signature `changed` slots away from `base`: each changed slot gets a new high byte only (same low
    /// byte: the sketch cannot tell) or a new low byte, as `random` says.
    static func variant(
        of base: SIMD64<UInt16>, changing changed: Int, using random: inout SeededGenerator
    ) -> MinHashSignature {
        var values = base
        for slot in Array(0..<MinHashSignature.slotCount).shuffled(using: &random).prefix(changed) {
            let delta: UInt16 = Bool.random(using: &random) ? 0x0100 : 0x0001
            values[slot] = values[slot] &+ delta
        }
        return MinHashSignature(values: values)
    }

    @Test(
        "answers as the reference rule over long chains and signatures around the threshold",
        arguments: [0.8, 0.5, 0.95], [false, true])
    func matchesReference(similarity: Double, warming: Bool) {
        var random = SeededGenerator(seed: UInt64(similarity * 100))
        var detector = DuplicateDetector(window: 30, similarity: similarity)
        let required = Int((similarity * Double(MinHashSignature.slotCount)).rounded(.up))
        var bases: [SIMD64<UInt16>] = []
        for _ in 0..<4 {
            var values = SIMD64<UInt16>()
            for slot in 0..<MinHashSignature.slotCount { values[slot] = UInt16.random(in: 0...UInt16.max, using: &random) }
            bases.append(values)
        }
        var originals: [Original] = []
        var duplicates = 0
        var fingerprints: [DuplicateFingerprint] = []
        for _ in 0..<3_000 {
            let base = bases[Int.random(in: 0..<bases.count, using: &random)]
            fingerprints.append(DuplicateFingerprint(
                signature: Self.variant(of: base, changing: Int.random(in: 0...40, using: &random), using: &random),
                blockKey: UInt64.random(in: 0..<3, using: &random), locationKey: UInt64.random(in: 0..<2, using: &random),
                exactHash: UInt64.random(in: 0..<40, using: &random), hasCompany: true,
                postedDayStorage: Int.random(in: 0..<10, using: &random) == 0 ? .min : Int32.random(in: 0..<365, using: &random)))
        }
        for (index, fingerprint) in fingerprints.enumerated() {
            // As `report` does: the chain keys of the next batch (here of 64) first; they change no answer.
            if warming, index % 64 == 0 {
                detector.warm(for: fingerprints[index..<min(index + 64, fingerprints.count)].map(DuplicateDetector.ChainKey.init))
            }
            let id = PostingID("p\(index)")
            let expected = Self.reference(fingerprint, originals: originals, window: 30, requiredEqualSlots: required)
            #expect(detector.firstCopy(of: id, fingerprint: fingerprint) == expected)
            if expected == nil {
                originals.append(Original(fingerprint: fingerprint, id: id))
            } else {
                duplicates += 1
            }
        }
        #expect(detector.originalCount == originals.count)
        #expect(duplicates > 300 && originals.count > 300)  // both answers are exercised, over long chains
    }

    @Test("a sketch's unequal lanes never exceed the signatures' unequal slots")
    func sketchIsALowerBound() {
        var random = SeededGenerator(seed: 3)
        var base = SIMD64<UInt16>()
        for slot in 0..<MinHashSignature.slotCount { base[slot] = UInt16.random(in: 0...UInt16.max, using: &random) }
        let original = MinHashSignature(values: base)
        for changed in 0...MinHashSignature.slotCount {
            let other = Self.variant(of: base, changing: changed, using: &random)
            let unequal = MinHashSignature.slotCount - original.equalSlots(with: other)
            let sketched = DuplicateDetector.OriginalStore.unequalSlots(
                DuplicateDetector.OriginalStore.sketch(of: original), DuplicateDetector.OriginalStore.sketch(of: other))
            #expect(sketched <= unequal)
            #expect(sketched <= 16)
        }
    }
}
