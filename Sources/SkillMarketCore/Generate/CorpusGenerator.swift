/// Generates a reproducible synthetic corpus of job postings with their ground truth.
///
/// Posting `index` depends only on `(seed, index)` and the calibration, so a corpus can be
/// generated in chunks or in parallel and any posting regenerated alone:
///
///     let generator = CorpusGenerator(seed: 42)
///     let posting = generator.makePosting(index: 7)
///     posting.rawLine    // {"id":"gen-00000007","title":…}
///     posting.truthLine  // {"id":"gen-00000007","role":"machine-learning-engineer",…}
///
/// About `duplicateShare` of postings (never index 0) repost an earlier posting within
/// `lookback` indexes; their truth `duplicate_of` names the first copy.
public struct CorpusGenerator: Sendable {
    public let seed: UInt64
    public let calibration: CorpusCalibration

    public init(seed: UInt64, calibration: CorpusCalibration = .default) {
        self.seed = seed
        self.calibration = calibration
    }

    public func makePosting(index: Int) -> GeneratedPosting {
        render(compose(index))
    }

    /// Postings `range` in order; the same as calling `makePosting` for each index.
    public func makePostings(_ range: Range<Int>) -> [GeneratedPosting] {
        range.map { makePosting(index: $0) }
    }

    /// "gen-00000042": the id of posting `index` (zero-padded to 8 digits, longer when needed).
    public static func postingID(index: Int) -> PostingID {
        PostingID("gen-" + NumberText.padded(index, width: 8))
    }

    enum Origin: Equatable {
        case fresh
        case repost(of: Int)
        case sibling(of: Int)
    }

    /// Whether posting `index` is new, a repost or a sibling, and of which earlier index.
    func origin(of index: Int) -> Origin {
        guard index > 0 else { return .fresh }
        var rng = SeededGenerator(seed: seed, index: index, stream: 0)
        let draw = rng.unit()
        let target = index - 1 - rng.int(below: min(max(calibration.lookback, 1), index))
        if draw < calibration.duplicateShare { return .repost(of: target) }
        if draw < calibration.duplicateShare + calibration.siblingShare { return .sibling(of: target) }
        return .fresh
    }

    /// The first copy behind `index` (itself unless it is a repost).
    func firstCopy(of index: Int) -> Int {
        var current = index
        while case .repost(let earlier) = origin(of: current) { current = earlier }
        return current
    }

    func compose(_ index: Int) -> PostingComposition {
        switch origin(of: index) {
        case .fresh:
            return composeFresh(index)
        case .repost(let earlier):
            let first = firstCopy(of: earlier)
            var rng = SeededGenerator(seed: seed, index: index, stream: 3)
            return repost(of: compose(first), firstCopy: first, as: index, rng: &rng)
        case .sibling(let earlier):
            var rng = SeededGenerator(seed: seed, index: index, stream: 3)
            return sibling(of: compose(firstCopy(of: earlier)), as: index, rng: &rng)
        }
    }
}
