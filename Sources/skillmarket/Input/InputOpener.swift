import SkillMarketCore

/// Opens a command-line input: a path or `-` (stdin), gunzipping when the bytes say gzip.
enum InputOpener {
    /// The source and the name diagnostics use ("jobs.jsonl", "<stdin>").
    static func open(_ path: String) throws(InputError) -> (source: any ByteSource, name: String) {
        let name = path == "-" ? "<stdin>" : path
        let file = try FileByteSource(path: path)
        let peeking = PeekingByteSource(upstream: file)
        let isGzip: Bool
        do {
            isGzip = try peeking.peek(2) == [0x1F, 0x8B]
        } catch {
            throw InputError(path: name, reason: "cannot read: \(error)")
        }
        if isGzip { return (try GzipByteSource(upstream: peeking, name: name), name) }
        return (peeking, name)
    }
}

/// Lets the opener look at the first bytes without losing them.
final class PeekingByteSource: ByteSource {
    private var upstream: any ByteSource
    private var buffered: [UInt8] = []
    private var ended = false

    init(upstream: any ByteSource) {
        self.upstream = upstream
    }

    func peek(_ count: Int) throws -> [UInt8] {
        while buffered.count < count && !ended {
            let chunk = try upstream.read(upTo: 64 * 1024)
            if chunk.isEmpty { ended = true }
            buffered += chunk
        }
        return Array(buffered.prefix(count))
    }

    func read(upTo count: Int) throws -> [UInt8] {
        if buffered.isEmpty { return try upstream.read(upTo: count) }
        let chunk = Array(buffered.prefix(count))
        buffered.removeFirst(chunk.count)
        return chunk
    }

    /// The peeked bytes first, then the upstream's reads straight into `buffer`.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        if buffered.isEmpty { return try upstream.read(into: buffer) }
        let count = buffer.initialize(fromContentsOf: buffered.prefix(buffer.count))
        buffered.removeFirst(count)
        return count
    }
}
