/// The seniority and work-mode readings of one posting's description, made in one pass over its
/// runs (`ASCIIWordRuns`) by whichever classifier asks first, and kept for the other.
///
/// Both readers start from rare trigger words: year words and entry-phrase anchors
/// (`SeniorityClassifier.DescriptionLevel`), work-mode key words (`WorkModeKeyClauses`). A run
/// reaches a reader only when its first two bytes and its length may pass the union of their
/// `RunStartFilter`s (or, for the key words, an apostrophe follows it:
/// `ASCIIWordRuns.forEachCandidate`), so most words cost one table read and compare, about one in
/// twelve reaches a reader, and the block masks are made as the pass goes, without a buffer.
/// Seniority asks only when the title is silent; the work-mode detector asks after it, and seldom
/// when the posting has a structured `workplace` (which usually names the mode): for those the
/// seniority's pass reads the level only, and the work modes are read apart if asked after all.
struct DescriptionReading {
    /// Whether the work-mode detector will likely ask: else the seniority's pass reads the level only.
    private let readsWorkModes: Bool
    private var level: Seniority?
    private var workModes: WorkModeText.Findings?

    init(readsWorkModes: Bool = true) {
        self.readsWorkModes = readsWorkModes
    }

    /// The level `description` implies (`SeniorityClassifier.DescriptionLevel`); `description`
    /// must be the same text on every call.
    mutating func seniority(of description: String) -> Seniority {
        if let level { return level }
        var description = description
        let level = description.withUTF8 { bytes in
            guard readsWorkModes else { return Self.level(of: bytes) }
            let (level, workModes) = Self.levelAndWorkModes(of: bytes)
            self.workModes = workModes
            return level
        }
        self.level = level
        return level
    }

    /// The work-mode findings of `description` (`WorkModeText.findings(in:)`); `description` must
    /// be the same text on every call.
    mutating func workModeFindings(of description: String) -> WorkModeText.Findings {
        if let workModes { return workModes }
        let workModes = WorkModeText.findings(in: description)
        self.workModes = workModes
        return workModes
    }

    /// Runs either reader may start from.
    private static let eitherFilter = RunStartFilter(
        union: SeniorityClassifier.DescriptionLevel.filter, WorkModeKeyClauses.filter)

    /// The first letters of the level's words.
    private static let levelLetters = RunStartLetters(SeniorityClassifier.DescriptionLevel.filter)

    /// The level of `bytes`, reading only the runs its filter passes: those beginning with one of
    /// its few first letters are found sixteen bytes at a time, the others are not visited.
    private static func level(of bytes: UnsafeBufferPointer<UInt8>) -> Seniority {
        var level = SeniorityClassifier.DescriptionLevel()
        let letters = levelLetters
        SeniorityClassifier.DescriptionLevel.filter.lengths.withUnsafeBufferPointer { levelFilter in
            SeniorityClassifier.DescriptionLevel.filter.shortestRuns.withUnsafeBufferPointer { shortest in
                ASCIIWordRuns.forEachCandidate(in: bytes, joins: false, shortest: shortest, mayStart: letters) { start, end in
                    if RunStartFilter.passes(levelFilter, run: start, end, in: bytes) { level.read(at: start, in: bytes) }
                }
            }
        }
        return level.level
    }

    /// Both readings of `bytes` from one pass over its runs.
    private static func levelAndWorkModes(of bytes: UnsafeBufferPointer<UInt8>) -> (Seniority, WorkModeText.Findings) {
        var level = SeniorityClassifier.DescriptionLevel()
        var keys = WorkModeKeyClauses(structured: false)
        eitherFilter.shortestRuns.withUnsafeBufferPointer { either in
            SeniorityClassifier.DescriptionLevel.filter.lengths.withUnsafeBufferPointer { levelFilter in
                WorkModeKeyClauses.filter.lengths.withUnsafeBufferPointer { keyFilter in
                    ASCIIWordRuns.forEachCandidate(in: bytes, joins: true, shortest: either) { start, end in
                        if RunStartFilter.passes(levelFilter, run: start, end, in: bytes) {
                            level.read(at: start, in: bytes)
                        }
                        if WorkModeKeyClauses.mayBeKey(start, end, in: bytes, filter: keyFilter) {
                            keys.read(run: start, end, in: bytes)
                        }
                    }
                }
            }
        }
        return (level.level, keys.findings)
    }
}
