import Testing

@testable import SkillMarketCore

/// `CompanyNormalizer.normalizedCompany` hands `DuplicateFingerprint` the hash of the display
/// name's base key from its own pass; it must equal hashing `baseKey(normalize(raw))` again.
@Suite("Company key hash from normalisation")
struct NormalizedCompanyTests {
    static let normalizer = CompanyNormalizer(aliases: [
        "PwC": "PricewaterhouseCoopers", "Nobody": "Confidential", "Acme Group": "ACME Inc ,,",
    ])

    /// FNV-1a of `baseKey(name)` as `DuplicateFingerprint` hashed it before; `nil` for an empty key.
    static func slowKeyHash(_ name: String) -> UInt64? {
        let key = CompanyNormalizer.baseKey(name)
        guard !key.isEmpty else { return nil }
        var hash = WordHasher.fnvOffset
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* WordHasher.fnvPrime }
        return hash
    }

    @Test(arguments: [
        "Accenture LLP", "ACCENTURE", "Tecolote Research\n3.8", "The Home Store, Inc.", "Café Ltd", "IBM",
        // Cutting trailing punctuation leaves a connector: the display name loses more when split again.
        "Acme Inc ,,", "Acme Inc &,", "Acme Inc -;", "The Foo Inc ,,", "X Private Limited ,,", "Foo\u{00A0}Inc ,,",
        // Alias hits: the canonical name's own key, also when that key is a placeholder.
        "PwC", "Acme Group", "Nobody",
        "", "-1", "Confidential",
    ])
    func keyHashMatchesHashOfDisplayKey(_ raw: String) {
        let normalized = Self.normalizer.normalizedCompany(raw)
        #expect(normalized?.name == Self.normalizer.normalize(raw))
        #expect(normalized?.baseKeyHash == Self.normalizer.normalize(raw).flatMap(Self.slowKeyHash))
        #expect(normalized?.baseKeyHash == Self.normalizer.normalize(raw).flatMap(CompanyNormalizer.baseKeyHash))
    }

    @Test("a fingerprint from the key hash equals one from the display name")
    func fingerprintFromKeyHash() {
        for raw in ["Acme Inc ,,", "ACCENTURE LLP", "PwC", "Nobody", "-1"] {
            let byName = DuplicateFingerprint(
                title: "Data Engineer", company: Self.normalizer.normalize(raw), location: "Berlin",
                plainDescription: "Build pipelines.", posted: nil)
            let byHash = DuplicateFingerprint(
                title: "Data Engineer", companyKeyHash: Self.normalizer.normalizedCompany(raw)?.baseKeyHash,
                location: "Berlin", plainDescription: "Build pipelines.", posted: nil)
            #expect(byName == byHash, "\(raw)")
        }
    }
}
