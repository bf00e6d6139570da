import SkillMarketCore
import Testing

/// A memo kept across postings changes nothing in what is extracted: it only skips reading a company or a
/// location whose exact bytes it has read before.
@Suite("Extraction memo")
struct ExtractionMemoTests {
    static let extractor = ExtractionPipelineTests.extractor

    /// Repeated and near-repeated companies and locations: case, spacing, canonically equivalent
    /// spellings (NFC "ü" and "u" + combining diaeresis), empty and placeholder values.
    static let companies: [String?] = [
        "Acme Inc.", "ACME INC", "Acme Inc.", "Z\u{FC}rich Versicherung", "Zu\u{308}rich Versicherung",
        "Z\u{FC}rich Versicherung", "", "Confidential", nil, "Acme Inc.", "Stealth Startup",
    ]
    static let locations: [String?] = [
        "London, UK", "London, ON", "london, uk", "Z\u{FC}rich", "Zu\u{308}rich", "Remote", "", nil,
        "San Jose, CA", "London, UK", "EMEA",
    ]

    /// Titles whose words decide the role and level, and vague ones ("AI Engineer") whose role depends on
    /// the description's support terms, which differ between the descriptions below.
    static let titles = [
        "Data Engineer", "Senior Data Engineer", "AI Engineer", "ai engineer", "Engineer II", "Learning & Development Specialist",
        "AI Engineer", "Sr. ML Engineer (Contract) - NYC", "Data Engineer",
    ]
    static let descriptions = [
        "Acme | Data Engineer | Berlin | Python and SQL, $120k",
        "We train deep learning models with PyTorch and deploy machine learning pipelines; 5+ years of experience.",
        "Join our friendly team. Entry level, no experience needed.",
    ]

    static func posting(
        _ index: Int, title: String = "Data Engineer", company: String?, location: String?, description: String? = nil
    ) -> RawPosting {
        RawPosting(
            id: "p\(index)", title: title, company: company, location: location,
            description: description ?? descriptions[0])
    }

    @Test("one memo for every posting gives what a fresh extraction of each gives")
    func sameAsWithoutMemo() {
        var memo = ExtractionMemo()
        var index = 0
        for company in Self.companies {
            for location in Self.locations {
                let posting = Self.posting(index, company: company, location: location)
                #expect(Self.extractor.extract(posting, memo: &memo) == Self.extractor.extract(posting))
                index += 1
            }
        }
        for title in Self.titles {
            for description in Self.descriptions {
                let posting = Self.posting(index, title: title, company: "Acme", location: "Berlin", description: description)
                #expect(Self.extractor.extract(posting, memo: &memo) == Self.extractor.extract(posting))
                index += 1
            }
        }
    }

    @Test("past its capacity the memo starts again and stays right")
    func pastCapacity() {
        var memo = ExtractionMemo()
        for index in 0..<(ExtractionMemo.capacity + 50) {
            let posting = Self.posting(index, company: "Company \(index % (ExtractionMemo.capacity + 7))", location: "London, UK")
            let extracted = Self.extractor.extract(posting, memo: &memo)
            if index % 97 == 0 || index >= ExtractionMemo.capacity { #expect(extracted == Self.extractor.extract(posting)) }
        }
    }
}
