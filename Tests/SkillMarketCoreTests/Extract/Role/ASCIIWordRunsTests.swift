import Testing

@testable import SkillMarketCore

@Suite("ASCII word runs")
struct ASCIIWordRunsTests {
    /// The runs of ASCII letters and digits, found byte by byte.
    static func expectedRuns(_ bytes: [UInt8]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if byte.isASCIILetterOrDigit {
                if start == nil { start = index }
            } else if let runStart = start {
                runs.append(runStart..<index)
                start = nil
            }
        }
        if let runStart = start { runs.append(runStart..<bytes.count) }
        return runs
    }

    static func runs(_ bytes: [UInt8]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in ASCIIWordRuns.forEach(in: buffer) { runs.append($0..<$1) } }
        return runs
    }

    @Test(
        "Runs match a byte-by-byte reading across block edges and byte classes",
        arguments: [
            "", "a", " ", "Hello, World 42!", "isn't it", "caf\u{e9} na\u{ef}ve \u{65e5}\u{672c}",
            String(repeating: "x", count: 63), String(repeating: "x", count: 64), String(repeating: "x", count: 65),
            String(repeating: "ab ", count: 43), String(repeating: "y", count: 130) + " end",
            String(repeating: " ", count: 63) + "word", "@AZ[`az{09:/\u{7f}", "tab\tnew\nline\r\n",
            "a\u{11}b\u{19}c\u{10}d\u{1a}e",
            // Runs ending and starting at each 16-byte lane edge of a 64-byte block.
            String(repeating: "z", count: 15) + " " + String(repeating: "Q", count: 15) + "-"
                + String(repeating: "7", count: 16) + String(repeating: "\u{e9}", count: 8) + "tail",
            String(repeating: "ab\u{2019}", count: 40),
        ])
    func runsMatchByteReading(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(Self.runs(bytes) == Self.expectedRuns(bytes))
    }

    /// Whether `forEachCandidate` tests the run `run` as passing `filter`: whether it is as long as
    /// the shortest length `filter` lists for its first two bytes (32 where none is), a run reaching
    /// the end of its 64-byte block counting as 64 bytes.
    static func mayPass(_ run: Range<Int>, in bytes: [UInt8], filter: RunStartFilter) -> Bool {
        let second = bytes[min(run.lowerBound + 1, bytes.count - 1)]
        let lengths = filter.lengths[Int(bytes[run.lowerBound] & 0x1F) << 5 | Int(second & 0x1F)]
        let shortest = lengths == 0 ? 32 : lengths.trailingZeroBitCount
        let reachesBlockEnd = run.upperBound >= (run.lowerBound / 64 + 1) * 64
        return (reachesBlockEnd ? 64 : run.count) >= shortest
    }

    /// What `forEachCandidate` must call, from the byte-by-byte runs: each run it tests as passing
    /// (`mayPass`), then (with `joins`) each run followed by `'` or 0xE2 once more.
    static func expectedCandidates(_ bytes: [UInt8], joins: Bool, filter: RunStartFilter) -> [Range<Int>] {
        expectedRuns(bytes).flatMap { run -> [Range<Int>] in
            let joined = joins && run.upperBound < bytes.count && (bytes[run.upperBound] == 0x27 || bytes[run.upperBound] == 0xE2)
            return (mayPass(run, in: bytes, filter: filter) ? [run] : []) + (joined ? [run] : [])
        }
    }

    static func candidates(_ bytes: [UInt8], joins: Bool, filter: RunStartFilter) -> [Range<Int>] {
        var calls: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            filter.shortestRuns.withUnsafeBufferPointer { shortest in
                ASCIIWordRuns.forEachCandidate(in: buffer, joins: joins, shortest: shortest) { calls.append($0..<$1) }
            }
        }
        return calls
    }

    /// Filters that pass few runs, many (every run of two or more bytes starting with a letter or a
    /// digit), runs of 31 or more bytes only, and none.
    static let filters = [
        RunStartFilter([.init(word: "ab"), .init(word: "don"), .init(word: "qqq", orLonger: true)]),
        RunStartFilter("abcdefghijklmnopqrstuvwxyz0123456789".map { RunStartFilter.Word(word: "\($0)x", orLonger: true, anySecond: true) }),
        RunStartFilter([.init(word: String(repeating: "q", count: 31), orLonger: true)]),
        RunStartFilter([]),
        SeniorityClassifier.DescriptionLevel.filter, WorkModeKeyClauses.filter,
    ]

    @Test("Candidates match a byte-by-byte reading for every text length 0…200 and filter, and hold every run it passes")
    func candidatesMatchByteReading() {
        let pieces = [
            "ab", "'", "\u{2019}", "x", " ", "\u{e9}", "—", "42", String(repeating: "q", count: 70), "don't", ".",
            "\u{2018}", "Q", "qq", String(repeating: "q", count: 30), String(repeating: "Q", count: 31), "abc",
            "Years", "remote", "telecommuter", "grad", "t",
        ]
        var state: UInt64 = 3
        var long: [UInt8] = []
        while long.count < 400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            long += Array(pieces[Int(state >> 33) % pieces.count].utf8)
        }
        // Every length 0…200, from the start and from the end of the long text.
        let texts = (0...200).flatMap { [Array(long[..<$0]), Array(long[(long.count - $0)...])] }
        for bytes in texts {
            for filter in Self.filters {
                for joins in [false, true] {
                    let calls = Self.candidates(bytes, joins: joins, filter: filter)
                    #expect(calls == Self.expectedCandidates(bytes, joins: joins, filter: filter), "length \(bytes.count)")
                    let passing = bytes.withUnsafeBufferPointer { buffer in
                        filter.lengths.withUnsafeBufferPointer { lengths in
                            Self.expectedRuns(bytes).filter { RunStartFilter.passes(lengths, run: $0.lowerBound, $0.upperBound, in: buffer) }
                        }
                    }
                    #expect(passing.allSatisfy { calls.contains($0) }, "length \(bytes.count)")
                }
            }
        }
    }

    @Test(
        "Candidate runs of 1…200 bytes are found whole at every offset in a 64-byte block",
        arguments: [1, 2, 30, 31, 32, 63, 64, 65, 127, 128, 129, 200])
    func longCandidateRuns(runLength: Int) {
        for offset in 0..<70 {
            for tail in ["", " ", "'", "ab", "\u{2019}s"] {
                let bytes = Array((String(repeating: " ", count: offset) + String(repeating: "k", count: runLength) + tail).utf8)
                for filter in Self.filters {
                    #expect(
                        Self.candidates(bytes, joins: true, filter: filter) == Self.expectedCandidates(bytes, joins: true, filter: filter),
                        "offset \(offset) \(tail)")
                }
            }
        }
    }

    @Test("Every byte value is classified as ASCIIBytes classifies it")
    func everyByteValue() {
        for byte in 0...255 {
            let bytes = [UInt8(ascii: " "), UInt8(byte), UInt8(ascii: " ")] + [UInt8](repeating: UInt8(byte), count: 70)
            #expect(Self.runs(bytes) == Self.expectedRuns(bytes), "byte \(byte)")
        }
    }
}
