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

    /// What `forEachCandidate` must call, from the byte-by-byte runs: each run passing `mayStart`,
    /// then (with `joins`) each run followed by `'` or 0xE2 once more.
    static func expectedCandidates(_ bytes: [UInt8], joins: Bool, mayStart: (Int) -> Bool) -> [Range<Int>] {
        expectedRuns(bytes).flatMap { run -> [Range<Int>] in
            let joined = joins && run.upperBound < bytes.count && (bytes[run.upperBound] == 0x27 || bytes[run.upperBound] == 0xE2)
            return (mayStart(run.lowerBound) ? [run] : []) + (joined ? [run] : [])
        }
    }

    @Test("Candidates match a byte-by-byte reading for every text length 0…200 and start test")
    func candidatesMatchByteReading() {
        let pieces = ["ab", "'", "\u{2019}", "x", " ", "\u{e9}", "—", "42", String(repeating: "q", count: 70), "don't", ".", "\u{2018}"]
        var state: UInt64 = 3
        var long: [UInt8] = []
        while long.count < 400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            long += Array(pieces[Int(state >> 33) % pieces.count].utf8)
        }
        let tests: [(Int) -> Bool] = [{ _ in true }, { _ in false }, { $0 % 3 == 0 }, { $0 % 64 > 60 }]
        for length in 0...200 {
            let bytes = Array(long[..<length]) + Array(long[(long.count - length)...])
            for mayStart in tests {
                for joins in [false, true] {
                    var calls: [Range<Int>] = []
                    bytes.withUnsafeBufferPointer { buffer in
                        ASCIIWordRuns.forEachCandidate(in: buffer, joins: joins, mayStart: mayStart) { calls.append($0..<$1) }
                    }
                    #expect(calls == Self.expectedCandidates(bytes, joins: joins, mayStart: mayStart), "length \(length)")
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
