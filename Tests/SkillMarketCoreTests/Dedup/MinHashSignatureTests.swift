import Testing

@testable import SkillMarketCore

/// Signatures and exact hashes are stored with fingerprints, so their values are pinned: a faster builder
/// must reproduce them bit for bit (short texts of fewer than five words, exactly five, and long ones). The
/// exact hash is the words chained from `exactSeed` (in the word loop since round 10) and their count.
@Suite("MinHash signature values")
struct MinHashSignatureTests {
    /// FNV-1a over the 64 slots, so one number pins a whole signature.
    static func digest(_ signature: MinHashSignature) -> UInt64 {
        var digest = WordHasher.fnvOffset
        for slot in 0..<MinHashSignature.slotCount {
            digest = (digest ^ UInt64(signature.values[slot])) &* WordHasher.fnvPrime
        }
        return digest
    }

    @Test(arguments: [
        ([], 0xe220_a839_7b1d_cdaf, 0x52bf_91d3_a2c5_7fe5),
        ([7], 0x3ca4_fbd2_3938_08bc, 0x5541_5be3_f49d_9425),
        ([1, 2, 3, 4], 0xaa49_f2ce_540f_5056, 0xe745_6d4c_4b98_d125),
        ([1, 2, 3, 4, 5], 0x7f75_d040_6e68_ed20, 0xb38e_e867_f2ef_6825),
        ([1, 2, 3, 4, 5, 6], 0xa596_68cb_351b_87b7, 0x3bb2_77ad_c223_8425),
        ((0..<200).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }, 0x6c53_04da_b6cc_d14b, 0xaebf_ea97_41d8_eb60),
    ] as [([UInt64], UInt64, UInt64)])
    func keepsStoredValues(words: [UInt64], exactHash: UInt64, signatureDigest: UInt64) {
        var builder = MinHashSignature.Builder()
        for word in words { builder.add(word: word) }
        let signature = builder.finish()
        let chain = words.reduce(DuplicateFingerprint.exactSeed) { WordHasher.chained($0, $1) }
        #expect(builder.wordCount == words.count)
        #expect(DuplicateFingerprint.exactHash(chain: chain, wordCount: words.count) == exactHash)
        #expect(Self.digest(signature) == signatureDigest)
    }
}
