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

    static func starts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in ASCIIWordRuns.forEachStart(in: buffer) { starts.append($0) } }
        return starts
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
        #expect(Self.starts(bytes) == Self.expectedRuns(bytes).map(\.lowerBound))
    }

    @Test(
        "Shared runs read twice match a fresh reading",
        arguments: ["", "one", String(repeating: "Mixed case words, 42 digits \u{e9}t\u{e9}. ", count: 9)])
    func sharedRunsMatchFreshReading(_ text: String) {
        let bytes = Array(text.utf8)
        var shared = ASCIIWordRuns.Shared(keeping: true)
        for _ in 0..<2 {
            var runs: [Range<Int>] = []
            var starts: [Int] = []
            bytes.withUnsafeBufferPointer { buffer in
                shared.forEach(in: buffer) { runs.append($0..<$1) }
                shared.forEachStart(in: buffer) { starts.append($0) }
            }
            #expect(runs == Self.expectedRuns(bytes))
            #expect(starts == Self.expectedRuns(bytes).map(\.lowerBound))
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
