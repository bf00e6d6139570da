import SkillMarketCore
import Testing

/// `ReportAggregator.add` decides `duplicateOf` from the fingerprint (and writes it only when it changes).
@Suite("Report aggregator duplicate marking")
struct ReportAggregatorDuplicateTests {
    static func posting(id: String, duplicateOf: String?, fingerprinted: Bool) -> ExtractedPosting {
        let fingerprint = DuplicateFingerprint(
            title: "Engineer", company: "Acme", location: "Berlin",
            plainDescription: "Build data pipelines in Python for our analytics team.", posted: nil)
        return ExtractedPosting(
            id: PostingID(id), title: "Engineer", company: "Acme", location: "Berlin", role: nil, seniority: .mid,
            country: CountryCode("DE"), workModes: [], salary: nil, skills: [], families: [], posted: nil,
            expires: nil, duplicateOf: duplicateOf.map(PostingID.init), fingerprint: fingerprinted ? fingerprint : nil)
    }

    @Test(
        "duplicate_of comes from the fingerprint when there is one, else it is kept",
        arguments: [
            // (stale duplicate_of on the first posting, fingerprinted, expected for first, expected for second)
            (nil, true, nil, "a"), ("z", true, nil, "a"), ("z", false, "z", nil), (nil, false, nil, nil),
        ] as [(String?, Bool, String?, String?)])
    func marksDuplicates(stale: String?, fingerprinted: Bool, first: String?, second: String?) {
        var aggregator = ReportAggregator(options: ReportOptions())
        let a = aggregator.add(.posting(Self.posting(id: "a", duplicateOf: stale, fingerprinted: fingerprinted)))
        let b = aggregator.add(.posting(Self.posting(id: "b", duplicateOf: nil, fingerprinted: fingerprinted)))
        #expect(a.posting?.duplicateOf == first.map(PostingID.init))
        #expect(b.posting?.duplicateOf == second.map(PostingID.init))
        #expect(b.fate == (second == nil ? .analyzed : .duplicate))
    }
}

/// `ReportAggregator.count` tallies what `add` tallies, without handing the posting back.
@Suite("Report aggregator counting a borrowed outcome")
struct ReportAggregatorCountTests {
    @Test("count(_:) gives the fates, counts and report of add(_:)", arguments: [true, false])
    func countsLikeAdd(fingerprinted: Bool) {
        let outcomes: [RecordOutcome] = [
            .posting(ReportAggregatorDuplicateTests.posting(id: "a", duplicateOf: "z", fingerprinted: fingerprinted)),
            .rejected(IngestIssue(source: "jobs.jsonl", line: 2, problem: .notAnObject)),
            .posting(ReportAggregatorDuplicateTests.posting(id: "b", duplicateOf: nil, fingerprinted: fingerprinted)),
        ]
        var added = ReportAggregator(options: ReportOptions())
        var counted = ReportAggregator(options: ReportOptions())
        for outcome in outcomes {
            #expect(counted.count(outcome) == added.add(outcome).fate)
        }
        #expect(counted.counts == added.counts)
        #expect(counted.counts.duplicates == 1)
        let taxonomy = Taxonomy(skills: [])
        #expect(counted.report(taxonomy: taxonomy) == added.report(taxonomy: taxonomy))
    }
}
