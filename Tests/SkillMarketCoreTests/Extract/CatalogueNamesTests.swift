import Testing

@testable import SkillMarketCore

/// A memo's postings name their skills and families with the memo's own copies of the catalogue's names
/// (`CatalogueNames`): the same texts, in storage the memo's worker alone counts references to.
@Suite("Catalogue names of a memo")
struct CatalogueNamesTests {
    static let extractor = ExtractionPipelineTests.extractor

    /// The two words of a `String` value: its storage (or inline bytes) and flags.
    static func identity(_ text: String) -> [UInt8] {
        withUnsafeBytes(of: text) { Array($0) }
    }

    static func posting(_ index: Int, description: String) -> RawPosting {
        RawPosting(id: "p\(index)", title: "Machine Learning Engineer", company: "Acme", location: "Berlin", description: description)
    }

    @Test("postings of one memo carry its copies of long names; a posting extracted alone, the catalogue's")
    func ownCopies() throws {
        var memo = ExtractionMemo()
        let description = "Machine learning with PyTorch, Python and Kubernetes; distributed systems experience."
        let first = Self.extractor.extract(Self.posting(1, description: description), memo: &memo)
        let second = Self.extractor.extract(Self.posting(2, description: description), memo: &memo)
        let alone = Self.extractor.extract(Self.posting(3, description: description))
        #expect(first.skills == alone.skills && first.families == alone.families)
        let long = try #require(first.skills.firstIndex { $0.rawValue.utf8.count > 15 })
        #expect(Self.identity(first.skills[long].rawValue) == Self.identity(second.skills[long].rawValue))
        #expect(Self.identity(first.skills[long].rawValue) != Self.identity(alone.skills[long].rawValue))
        let longFamily = try #require(first.families.firstIndex { $0.utf8.count > 15 })
        #expect(Self.identity(first.families[longFamily]) == Self.identity(second.families[longFamily]))
        #expect(Self.identity(first.families[longFamily]) != Self.identity(alone.families[longFamily]))
    }

    @Test("a memo used with another taxonomy names that taxonomy's skills")
    func anotherTaxonomy() throws {
        let other = PostingExtractor(
            taxonomy: try Taxonomy(tsv: "Zig Programming Language\tsystems programming languages\tzig\n"),
            roles: try RoleCatalogue.bundled(), companies: try CompanyNormalizer.bundled())
        var memo = ExtractionMemo()
        let description = "We write Zig and Python for machine learning."
        let bundled = Self.extractor.extract(Self.posting(1, description: description), memo: &memo)
        let custom = other.extract(Self.posting(2, description: description), memo: &memo)
        #expect(bundled.skills == Self.extractor.extract(Self.posting(1, description: description)).skills)
        #expect(custom.skills.map(\.rawValue) == ["Zig Programming Language"])
        #expect(custom.families == ["systems programming languages"])
    }
}
