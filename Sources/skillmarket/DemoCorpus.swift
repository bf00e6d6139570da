import SkillMarketCore

/// The bundled demo: a synthetic corpus generated on the fly (no file ships with the tool).
struct DemoCorpus {
    static let seed: UInt64 = 2026
    let count: Int
    let generator: CorpusGenerator
    let role = "machine-learning-engineer"
    var asOf: Day { generator.calibration.asOf }

    init(count: Int) throws {
        self.count = count
        generator = CorpusGenerator(seed: Self.seed, calibration: try CorpusCalibration.bundled())
    }

    /// The corpus as JSONL bytes, generated a chunk at a time.
    func source() -> any ByteSource { GeneratedSource(generator: generator, count: count) }
}

/// Streams generated postings as JSON lines.
private final class GeneratedSource: ByteSource {
    private let generator: CorpusGenerator
    private let count: Int
    private var next = 0
    private var pending: [UInt8] = []

    init(generator: CorpusGenerator, count: Int) {
        self.generator = generator
        self.count = count
    }

    func read(upTo limit: Int) throws -> [UInt8] {
        while pending.count < limit && next < count {
            let end = min(next + 256, count)
            for posting in generator.makePostings(next..<end) {
                pending += Array(posting.rawLine.utf8)
                pending.append(0x0A)
            }
            next = end
        }
        let chunk = Array(pending.prefix(limit))
        pending.removeFirst(chunk.count)
        return chunk
    }
}
