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
        // `consume`: the posting is moved out, not copied (a copy retains every field).
        guard case .posting(var posting) = consume outcome else { return (nil, countRejected()) }
        let (original, fate) = count(posting)
        // Written only when it changes (duplicates): the outcome may still share the posting's storage here,
        // so a write copies it.
        if original != posting.duplicateOf { posting.duplicateOf = original }
        return (posting, fate)
    }

    /// Counts one outcome the caller keeps, and returns its fate: `add(_:)` without handing the posting back,
    /// so without a copy of it (a retain and release of a posting another core made, for every posting).
    @discardableResult
    public mutating func count(_ outcome: borrowing RecordOutcome) -> Fate {
        switch outcome {
        case .posting(let posting): count(posting).fate
        case .rejected: countRejected()
        }
    }

    /// Loads what counting the next outcomes will read first (`DuplicateDetector.warm(for:)`): call it with
    /// their `DuplicateDetector.ChainKey(of:)`s before counting them.
    public mutating func warm(for keys: [DuplicateDetector.ChainKey?]) {
        detector.warm(for: keys)
    }

    private mutating func countRejected() -> Fate {
        input += 1
        rejected += 1
        return .rejected
    }

    /// Counts a posting that was read (duplicate, out of role, inactive or analysed); returns the original it
    /// repeats (stored postings arrive without a fingerprint and with `duplicateOf` already decided) and its fate.
    private mutating func count(_ posting: borrowing ExtractedPosting) -> (duplicateOf: PostingID?, fate: Fate) {
        input += 1
        let original = posting.fingerprint != nil ? detector.firstCopy(of: posting) : posting.duplicateOf
        if original != nil {
            duplicates += 1
            return (original, .duplicate)
        }
        guard options.isInRole(posting) else { return (nil, .outOfRole) }
        inRole += 1
        guard options.isAnalyzed(posting) else { return (nil, .inactive) }
        accumulator.add(posting, salary: options.salaryPoint(of: posting))
        return (nil, .analyzed)
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
