import Foundation
import SkillMarketCore
import Testing

@Suite("Duplicate detection")
struct DuplicateDetectorTests {
    static let intro = """
        Northwind Analytics is looking for a data scientist to join the forecasting team. You will build \
        demand models for our retail partners, run experiments, and explain results to product managers.
        """
    static let duties = """
        Day to day you will clean large sales tables in SQL, prototype models in Python, review code from \
        other scientists, and present weekly findings to the leadership group in plain language.
        """
    static let benefits = """
        We offer a pension plan, twenty five days of leave, a yearly learning budget, flexible hours, \
        and a quiet office next to the river with free coffee and a very old espresso machine.
        """
    static let base = [intro, duties, benefits].joined(separator: "\n\n")

    static func fingerprint(
        title: String = "Data Scientist", company: String? = "Northwind Analytics", location: String? = "Leeds",
        description: String = base, posted: Day? = Day(year: 2026, month: 3, day: 1)
    ) -> DuplicateFingerprint {
        DuplicateFingerprint(
            title: title, company: company, location: location, plainDescription: description, posted: posted)
    }

    /// Feeds the original, then the candidate; returns what the candidate repeats.
    static func repeatOf(_ candidate: DuplicateFingerprint, original: DuplicateFingerprint = fingerprint())
        -> PostingID?
    {
        var detector = DuplicateDetector()
        #expect(detector.firstCopy(of: PostingID("a"), fingerprint: original) == nil)
        return detector.firstCopy(of: PostingID("b"), fingerprint: candidate)
    }

    @Test("a changed tracking URL is a duplicate")
    func trackingURL() {
        let first = Self.fingerprint(description: Self.base + "\nApply at https://jobs.example.com/42?utm_source=board")
        let again = Self.fingerprint(
            description: Self.base + "\nApply at https://jobs.example.com/42?utm_source=mail&utm_campaign=x")
        #expect(first.exactHash == again.exactHash)
        #expect(Self.repeatOf(again, original: first) == PostingID("a"))
    }

    @Test("whitespace, case and punctuation changes are an exact duplicate")
    func whitespace() {
        let changed = Self.base.replacingOccurrences(of: " ", with: "  \n").uppercased()
            .replacingOccurrences(of: ",", with: " ;")
        let again = Self.fingerprint(description: changed, posted: Day(year: 2026, month: 3, day: 20))
        #expect(again.exactHash == Self.fingerprint().exactHash)
        #expect(Self.repeatOf(again) == PostingID("a"))
    }

    @Test("reordered boilerplate paragraphs are a near duplicate")
    func reordered() {
        let again = Self.fingerprint(description: [Self.benefits, Self.intro, Self.duties].joined(separator: "\n\n"))
        #expect(again.exactHash != Self.fingerprint().exactHash)
        #expect(again.signature.similarity(to: Self.fingerprint().signature) >= 0.8)
        #expect(Self.repeatOf(again) == PostingID("a"))
    }

    @Test("one changed sentence is still a near duplicate")
    func changedSentence() {
        let changed = Self.base.replacingOccurrences(
            of: "a very old espresso machine", with: "a brand new espresso machine")
        #expect(Self.repeatOf(Self.fingerprint(description: changed)) == PostingID("a"))
    }

    @Test("the same title and company in a different city is a distinct opening")
    func differentCity() {
        #expect(Self.repeatOf(Self.fingerprint(location: "York")) == nil)
    }

    @Test("a different company with the same text is distinct")
    func differentCompany() {
        #expect(Self.repeatOf(Self.fingerprint(company: "Contoso Labs")) == nil)
    }

    @Test("a different title at the same company is distinct")
    func differentTitle() {
        #expect(Self.repeatOf(Self.fingerprint(title: "Senior Data Scientist")) == nil)
    }

    @Test("company spellings that normalise alike are the same company")
    func companySpelling() {
        #expect(Self.repeatOf(Self.fingerprint(company: "NORTHWIND ANALYTICS, Inc.\n4.1")) == PostingID("a"))
    }

    @Test("a repost 200 days later is a new opening with a 90-day window")
    func window() {
        let late = Self.fingerprint(posted: Day(year: 2026, month: 9, day: 17))
        #expect(Self.repeatOf(late) == nil)
        let undated = Self.fingerprint(posted: nil)
        #expect(Self.repeatOf(undated) == PostingID("a"))
    }

    @Test("a genuinely different description at the same company, title and location is distinct")
    func differentDescription() {
        let other = """
            Join the Northwind Analytics pricing group as a data scientist. The team sets prices for thousands \
            of products each night using optimisation, causal inference and careful monitoring.
            Expect to own a pricing model end to end, from feature pipelines in Spark to dashboards, and to \
            mentor two junior analysts who recently joined from the finance department.
            """ + "\n\n" + Self.benefits
        #expect(Self.repeatOf(Self.fingerprint(description: other)) == nil)
    }

    @Test("postings without a company match on title, location and description only")
    func noCompany() {
        let original = Self.fingerprint(company: nil)
        #expect(Self.repeatOf(Self.fingerprint(company: "-1"), original: original) == PostingID("a"))
        #expect(Self.repeatOf(Self.fingerprint(company: nil), original: Self.fingerprint()) == nil)
        let other = Self.fingerprint(company: nil, description: Self.duties)
        #expect(Self.repeatOf(other, original: original) == nil)
    }

    @Test("the first copy wins and later copies point at it")
    func firstCopyWins() {
        var detector = DuplicateDetector()
        let results = (0..<4).map { index in
            detector.firstCopy(of: PostingID("p\(index)"), fingerprint: Self.fingerprint())
        }
        #expect(results == [nil, PostingID("p0"), PostingID("p0"), PostingID("p0")])
        #expect(detector.originalCount == 1)
        #expect(detector.duplicateCount == 3)
    }

    @Test("within one block the oldest matching original wins, past other cities and expired reposts")
    func oldestOriginalOfBlockWins() {
        var detector = DuplicateDetector()
        func copy(_ id: String, _ location: String, day: Int) -> PostingID? {
            let posted = Day(year: 2026, month: 1, day: 1)?.adding(days: day)
            return detector.firstCopy(of: PostingID(id), fingerprint: Self.fingerprint(location: location, posted: posted))
        }
        #expect(copy("leeds-0", "Leeds", day: 0) == nil)
        #expect(copy("york-10", "York", day: 10) == nil)
        #expect(copy("leeds-200", "Leeds", day: 200) == nil)  // more than 90 days after leeds-0: a new opening
        #expect(copy("york-20", "York", day: 20) == PostingID("york-10"))
        #expect(copy("leeds-50", "Leeds", day: 50) == PostingID("leeds-0"))
        #expect(copy("leeds-150", "Leeds", day: 150) == PostingID("leeds-200"))
        #expect(detector.originalCount == 3)
    }

    @Test("originals beyond the first storage chunks are still found, each in its own block")
    func manyBlocks() {
        var detector = DuplicateDetector()
        let titles = (0..<9_000).map { "Engineer \($0)" }
        for (index, title) in titles.enumerated() {
            let fingerprint = Self.fingerprint(title: title, description: "Role number \(index) in the platform team")
            #expect(detector.firstCopy(of: PostingID("o\(index)"), fingerprint: fingerprint) == nil)
        }
        for index in [0, 4_095, 4_096, 8_191, 8_192, 8_999] {
            let fingerprint = Self.fingerprint(
                title: titles[index], description: "Role number \(index) in the platform team")
            #expect(detector.firstCopy(of: PostingID("d\(index)"), fingerprint: fingerprint) == PostingID("o\(index)"))
        }
        #expect(detector.originalCount == 9_000)
    }

    @Test(
        "each block keeps its originals in order while the block table grows", arguments: [1, 9, 17, 1_000])
    func blocksAcrossGrowth(blockCount: Int) {
        var detector = DuplicateDetector()
        func fingerprint(_ block: Int, _ city: String) -> DuplicateFingerprint {
            Self.fingerprint(
                title: "Engineer \(block)", location: city, description: "Role \(block) in the platform team")
        }
        // Interleaved: every block's Leeds original, then every block's York original.
        for city in ["Leeds", "York"] {
            for block in 0..<blockCount {
                let id = PostingID("\(city)-\(block)")
                #expect(detector.firstCopy(of: id, fingerprint: fingerprint(block, city)) == nil)
            }
        }
        for block in [0, blockCount / 2, blockCount - 1] {
            for city in ["York", "Leeds"] {
                let original = detector.firstCopy(of: PostingID("copy"), fingerprint: fingerprint(block, city))
                #expect(original == PostingID("\(city)-\(block)"))
            }
        }
        #expect(detector.originalCount == 2 * blockCount)
    }

    @Test("a fingerprint stays compact")
    func compact() {
        print(
            "[dedup] fingerprint stride \(MemoryLayout<DuplicateFingerprint>.stride) bytes, signature \(MemoryLayout<MinHashSignature>.stride)"
        )
        #expect(MemoryLayout<DuplicateFingerprint>.stride <= 200)
    }

    @Test("short and empty descriptions still fingerprint deterministically")
    func shortText() {
        let a = Self.fingerprint(description: "Great job")
        #expect(a == Self.fingerprint(description: "great  JOB!"))
        #expect(a.exactHash != Self.fingerprint(description: "").exactHash)
        #expect(Self.repeatOf(Self.fingerprint(description: "Great role"), original: a) == nil)
    }
}

@Suite("Duplicate fingerprint storage")
struct DuplicateFingerprintStorageTests {
    @Test("a fingerprint survives its stored form, and foreign bytes are refused")
    func roundTrip() throws {
        for posted in [Day(iso8601: "2026-06-30"), nil] {
            let fingerprint = DuplicateFingerprint(
                title: "Data Engineer", company: "Acme", location: "Austin, TX",
                plainDescription: "Build pipelines in Spark and Airflow for our analytics platform.", posted: posted)
            let restored = try #require(DuplicateFingerprint(storage: fingerprint.storage))
            #expect(restored == fingerprint)
            #expect(restored.postedDayNumber == fingerprint.postedDayNumber)
        }
        #expect(DuplicateFingerprint(storage: [1, 2, 3]) == nil)
    }
}
