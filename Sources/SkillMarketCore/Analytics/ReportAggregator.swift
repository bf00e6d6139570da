/// Consumes extraction outcomes in input order and keeps what a report needs: the stage
/// counts (input → distinct → in role → analysed), duplicate detection, and the accumulator.
///
/// Memory: the duplicate detector's per-original entries plus the accumulator's counters and
/// salary lists; postings themselves are not kept.
public struct ReportAggregator: Sendable {
    public let options: ReportOptions
    public private(set) var accumulator = ReportAccumulator()
    private var detector: DuplicateDetector
    private var input = 0
    private var rejected = 0
    private var duplicates = 0
    private var inRole = 0

    public init(options: ReportOptions, duplicateWindow: Int = 90) {
        self.options = options
        self.detector = DuplicateDetector(window: duplicateWindow)
    }

    /// What became of one posting in the report.
    public enum Fate: Sendable, Equatable {
        case rejected, duplicate, outOfRole, inactive, analyzed
    }

    /// Counts one outcome; returns the posting (with `duplicateOf` filled) and its fate.
    @discardableResult
    public mutating func add(_ outcome: consuming RecordOutcome) -> (posting: ExtractedPosting?, fate: Fate) {
        input += 1
        // `consume`: the posting is moved out, not copied (a copy retains every field).
        guard case .posting(var posting) = consume outcome else {
            rejected += 1
            return (nil, .rejected)
        }
        // Stored postings arrive without a fingerprint and with duplicate_of already decided.
        // Written only when it changes (duplicates): the outcome still shares the posting's storage
        // here, so a write copies it.
        if posting.fingerprint != nil {
            let original = detector.firstCopy(of: posting)
            if original != posting.duplicateOf { posting.duplicateOf = original }
        }
        let fate = count(posting)
        return (posting, fate)
    }

    /// Counts a posting that was read (duplicate, out of role, inactive or analysed) and returns its
    /// fate; borrows the posting, so the large struct is moved once into the result, not per branch.
    private mutating func count(_ posting: borrowing ExtractedPosting) -> Fate {
        if posting.duplicateOf != nil {
            duplicates += 1
            return .duplicate
        }
        guard options.isInRole(posting) else { return .outOfRole }
        inRole += 1
        guard options.isAnalyzed(posting) else { return .inactive }
        accumulator.add(posting, salary: options.salaryPoint(of: posting))
        return .analyzed
    }

    public var counts: Report.PostingCounts {
        Report.PostingCounts(
            input: input, rejected: rejected, duplicates: duplicates, distinct: input - rejected - duplicates,
            inRole: inRole, analyzed: accumulator.analyzed)
    }

    public func report(taxonomy: Taxonomy) -> Report {
        ReportBuilder(options: options, taxonomy: taxonomy).build(counts: counts, accumulator: accumulator)
    }
}
