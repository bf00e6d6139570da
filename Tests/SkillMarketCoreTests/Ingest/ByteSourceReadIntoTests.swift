import SkillMarketCore
import Testing

/// Sources fill the reader's buffer through `read(into:)`: natively with short reads, or through the
/// default built on `read(upTo:)`; every way, and every chunk size, gives what reading the input whole gives.
@Suite("Byte sources reading into the reader's buffer", .tags(.ingest))
struct ByteSourceReadIntoTests {
    /// A source with a native `read(into:)` that writes at most `step` bytes a call, and throws once
    /// (before writing anything) on its `failingRead`-th call when that is set.
    struct DirectSource: ByteSource {
        struct Interrupted: Error {}
        let bytes: [UInt8]
        let step: Int
        var failingRead: Int?
        var offset = 0
        var reads = 0

        mutating func read(upTo count: Int) throws -> [UInt8] {
            try chunk(upTo: count)
        }

        mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
            reads += 1
            if reads == failingRead { throw Interrupted() }
            let count = min(step, buffer.count, bytes.count - offset)
            _ = buffer.initialize(fromContentsOf: bytes[offset..<offset + count])
            offset += count
            return count
        }
    }

    static let inputs = [
        RecordReaderChunkTests.input,
        "{\"title\":\"crlf\"}\r\n\r\n{\"title\":\"next\"}\r\n",
        "[{\"title\":\"a\"},\n {\"title\":\"b\"}]\n",
        "{\"title\":\"no newline at the end\"}",
        "{\"title\":\"an object line that never closes\"\n{\"title\":\"after\"}\n",
        "title,description\nCSV row,\"quoted, with comma\"\n",
        "",
        "\n\n   \n",
    ]

    /// Postings and issues of `source` read with `options`, each retrying a read that throws.
    static func run(_ source: some ByteSource, options: IngestOptions = IngestOptions()) throws -> IngestRun {
        var run = IngestRun()
        var reader = RecordReader(source: source, sourceName: "t.jsonl", options: options)
        let decoder = RecordDecoder(options: options)
        var interruptions = 0
        while true {
            let record: RawRecord?
            do {
                record = try reader.next()
            } catch is DirectSource.Interrupted {
                interruptions += 1
                try #require(interruptions < 2)
                continue
            }
            guard let record else { break }
            run.records += 1
            decoder.decode(record) { result in
                switch result {
                case .success(let posting): run.postings.append(posting)
                case .failure(let issue): run.issues.append(issue)
                }
            }
        }
        run.format = reader.format
        return run
    }

    @Test(arguments: inputs.indices, [(1, 1), (1, 3), (5, 2), (7, 64), (64, 7), (1 << 20, 1 << 20)])
    func nativeShortReadsGiveTheWholeResult(input: Int, sizes: (chunk: Int, step: Int)) throws {
        let bytes = Array(Self.inputs[input].utf8)
        let options = IngestOptions(chunkSize: sizes.chunk)
        let expected = try IngestRun.of(bytes, name: "t.jsonl")
        #expect(try Self.run(DirectSource(bytes: bytes, step: sizes.step), options: options) == expected)
        #expect(try Self.run(MemoryByteSource(bytes, chunkSize: sizes.step), options: options) == expected)
    }

    @Test("a read that throws leaves the reader as it was: retrying reads on", arguments: 1...40)
    func aThrowingReadChangesNothing(failingRead: Int) throws {
        let bytes = Array(RecordReaderChunkTests.input.utf8)
        let source = DirectSource(bytes: bytes, step: 5, failingRead: failingRead)
        let expected = try IngestRun.of(bytes, name: "t.jsonl")
        #expect(try Self.run(source, options: IngestOptions(chunkSize: 7)) == expected)
    }

    @Test("a line longer than the record limit is rejected at every chunk size", arguments: [1, 4, 9, 1 << 20])
    func tooLargeAcrossChunks(chunk: Int) throws {
        let text = "{\"title\":\"" + String(repeating: "x", count: 40) + "\"}\n{\"title\":\"kept\"}\n"
        let options = IngestOptions(maxRecordBytes: 20, chunkSize: chunk)
        let run = try Self.run(DirectSource(bytes: Array(text.utf8), step: 3), options: options)
        #expect(run.titles == ["kept"])
        #expect(run.issues.map(\.problem) == [.tooLarge(limit: 20)])
    }

    @Test(
        "the default read(into:) and chunk(upTo:) hand out the bytes in order, never more than asked",
        arguments: [(0, 1), (1, 1), (10, 3), (10, 10), (10, 64), (100, 7)])
    func defaultReadIntoAndChunk(length: Int, size: Int) throws {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        var viaDefault = MemoryByteSource(bytes, chunkSize: 4)
        var read: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { try viaDefault.read(into: $0) }
            #expect(count <= size)
            if count == 0 { break }
            read += buffer[..<count]
        }
        #expect(read == bytes)
        var viaChunk = DirectSource(bytes: bytes, step: 3)
        var chunked: [UInt8] = []
        while true {
            let chunk = try viaChunk.chunk(upTo: size)
            if chunk.isEmpty { break }
            #expect(chunk.count <= size)
            chunked += chunk
        }
        #expect(chunked == bytes)
    }
}
