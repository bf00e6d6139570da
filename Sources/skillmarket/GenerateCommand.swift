import ArgumentParser
import Foundation
import SkillMarketCore

/// `skillmarket generate`: a reproducible synthetic corpus, and optionally its ground truth.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic synthetic corpus of postings (JSONL) for demos, tests and benchmarks.",
        discussion: """
            The same --count and --seed always give the same bytes. With --truth, every posting's \
            planted facts (role, seniority, country, work modes, skills, salary, duplicate_of) are \
            written there as JSONL, in the same order.
            """
    )

    @Option(help: "How many postings to write.")
    var count = 5_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2026

    @Option(help: "Write the corpus here instead of stdout.")
    var out: String?

    @Option(help: "Also write the ground truth here.")
    var truth: String?

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must not be negative") }
    }

    func run() async throws {
        let generator = CorpusGenerator(seed: seed, calibration: try CorpusCalibration.bundled())
        let corpus = try OutputFile(path: out)
        let truthFile = try truth.map { try OutputFile(path: $0) }
        let chunk = 2_000
        var start = 0
        while start < count {
            let ranges = Self.split(start..<min(start + chunk * CPU.cores, count), into: CPU.cores)
            let parts = await withTaskGroup(of: (Int, [GeneratedPosting]).self) { group in
                for (index, range) in ranges.enumerated() {
                    group.addTask { (index, generator.makePostings(range)) }
                }
                var parts: [(Int, [GeneratedPosting])] = []
                for await part in group { parts.append(part) }
                return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
            }
            for posting in parts {
                try corpus.write(posting.rawLine + "\n")
                try truthFile?.write(posting.truthLine + "\n")
            }
            start += chunk * CPU.cores
        }
        try corpus.close()
        try truthFile?.close()
    }

    private static func split(_ range: Range<Int>, into parts: Int) -> [Range<Int>] {
        let size = (range.count + parts - 1) / max(1, parts)
        return stride(from: range.lowerBound, to: range.upperBound, by: max(1, size)).map {
            $0..<min($0 + size, range.upperBound)
        }
    }
}
