import Testing

@testable import SkillMarketCore

/// The decode paths that take a shortcut, against the general path or a plain reference: keys read
/// as one block, strings decoded on the stack or the heap (`StackScratch`), HTML converted into a
/// stack buffer that may have to grow, and records handed over as slices of the input.
@Suite("Decode scratch and shortcuts", .tags(.ingest))
struct DecodeScratchTests {
    /// Keys of every length around the 16-byte block, plain and with the bytes that make the
    /// one-block read give up (an escape, a control byte, a JSON-LD `@`, a line break).
    static let keys: [String] = (0...20).map { String(repeating: "k", count: $0) } + [
        "title", "company", "employment_type", "employment_type1", "Job Title", "descripción", "a\\\"b", "a\\nb",
        "tab\there", "@type", "x@", "\u{1}title",
    ]

    /// The postings (or problems) of `json` by the flat fast path and by the general path.
    static func bothPaths(_ json: String) -> (fast: [String], general: [String]) {
        let decoder = RecordDecoder()
        let fast = decoder.decode(RawRecord(source: "t", line: 1, payload: .json(ArraySlice(json.utf8)))).map {
            switch $0 {
            case .success(let posting): "\(posting)"
            case .failure(let issue): "!" + issue.problem.message
            }
        }
        let general: [String] =
            switch JSONParser.parse(json) {
            case .failure: ["invalid"]
            case .success(let value):
                decoder.decode(value).map {
                    switch $0 {
                    case .posting(let posting): "\(posting)"
                    case .problem(let problem): "!" + problem.message
                    }
                }
            }
        return (fast, general)
    }

    @Test("a key read as one block resolves as the general path resolves it", arguments: keys)
    func keysResolveAsTheGeneralPath(key: String) {
        // The key near the end of the record (no 16 bytes after it) and followed by long values.
        for record in [
            #"{"title":"T","\#(key)":"v"}"#, #"{"\#(key)":"a value that runs past the block","title":"T"}"#,
            #"{"title":"T","\#(key)":1}"#,
        ] {
            let (fast, general) = Self.bothPaths(record)
            if general != ["invalid"] { #expect(fast == general, "\(record)") }
        }
    }

    @Test("ShortKeyTable finds a key in a block as it finds it in a buffer", arguments: 0...16)
    func blockLookupMatchesBufferLookup(length: Int) throws {
        let keys = (0...16).map { Array(String(repeating: "q", count: $0).utf8) }
        let table = ShortKeyTable(keys.enumerated().map { (key: $0.element, value: $0.offset) })
        let bytes = Array(String(repeating: "q", count: length).utf8) + Array(#"":"rest of the record""#.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            let block = ByteBlocks.load(try #require(buffer.baseAddress), at: 0)
            let key = UnsafeBufferPointer(rebasing: buffer[0..<length])
            #expect(table.value(forKeyIn: block, count: length) == table.value(for: key, readable: buffer.count))
            #expect(table.value(forKeyIn: block, count: length) == length)
        }
    }

    /// A string document of `total` bytes has a decode bound of `total` + 15 (its content and one
    /// block): totals around `StackScratch.capacity` - 15 take the stack on one side, the heap on the other.
    @Test(
        "strings with escapes decode the same on either side of the stack buffer's size",
        arguments: (StackScratch.capacity - 40)...(StackScratch.capacity - 5))
    func escapedStringsAroundTheScratchSize(total: Int) {
        for (tail, decodedTail) in [("é", "é"), (#"\u00e9"#, "é"), ("x", "x"), (#"\n"#, "\n")] {
            let filler = String(repeating: "y", count: total - 6 - tail.utf8.count)
            let json = "\"" + #"a\nb"# + filler + tail + "\""
            #expect(json.utf8.count == total)
            #expect(JSONParser.parse(json) == .success(.string("a\nb" + filler + decodedTail)), "\(total) bytes")
        }
        // A cut-off escape at the very end still fails as before.
        let cut = "\"" + String(repeating: "z", count: total - 2) + #"\"#
        #expect(JSONParser.parse(cut) == .failure(JSONParseError(reason: "unterminated string", line: 1, column: 1)))
    }

    @Test(
        "HTML converts the same on either side of the stack buffer's size",
        arguments: [1, 2, 60, 110, 111, 112, 113, 114, 200])
    func htmlAroundTheScratchSize(paragraphs: Int) {
        // Each paragraph is 18 bytes of HTML ("<p>wordNNNN é</p>", é taking two): 112 fill the buffer.
        let words = (0..<paragraphs).map { "word" + String(1000 + $0) + " é" }
        let html = words.map { "<p>" + $0 + "</p>" }.joined()
        #expect(HTMLText.plainText(from: html) == words.joined(separator: "\n\n"), "\(html.utf8.count) bytes")
        let list = "<ul>" + words.map { "<li>" + $0 + "</li>" }.joined() + "</ul>"
        #expect(HTMLText.plainText(from: list) == words.map { "- " + $0 }.joined(separator: "\n"))
    }

    @Test("a text buffer started in the caller's storage grows onto the heap", arguments: [0, 1, 15, 16, 17, 100])
    func bufferStartedInCallerStorageGrows(count: Int) {
        var storage = [UInt8](repeating: 0, count: 16)
        let text = storage.withUnsafeMutableBufferPointer { storage in
            var buffer = HTMLTextBuffer(startingIn: storage, knownASCII: true)
            for index in 0..<count { buffer.append(UInt8(ascii: "a") + UInt8(index % 26)) }
            buffer.append("é")
            return buffer.string()
        }
        let expected = String(decoding: (0..<count).map { UInt8(ascii: "a") + UInt8($0 % 26) }, as: UTF8.self) + "é"
        #expect(text == expected)
        let knownASCII = text.utf8Span.isKnownASCII
        #expect(!knownASCII)
    }

    @Test("records are slices holding exactly their line's bytes")
    func recordsAreSlicesOfTheirLines() throws {
        let lines = [#"{"title":"A"}"#, #"  {"title":"B","x":[1,2]}  "#, "", #"{"title":"D"}"#]
        var reader = RecordReader(
            source: MemoryByteSource(Array(lines.joined(separator: "\n").utf8)), sourceName: "t.jsonl",
            options: IngestOptions(chunkSize: 7))
        var payloads: [[UInt8]] = []
        while let record = try reader.next() {
            guard case .json(let bytes) = record.payload else { continue }
            payloads.append(Array(bytes))
        }
        #expect(payloads.map { String(decoding: $0, as: UTF8.self) } == [
            #"{"title":"A"}"#, #"{"title":"B","x":[1,2]}"#, #"{"title":"D"}"#,
        ])
    }
}
