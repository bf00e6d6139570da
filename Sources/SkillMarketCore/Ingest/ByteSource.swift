/// Where input bytes come from: a file, stdin or a gzip stream (the CLI implements those).
///
/// Core never opens files; it pulls chunks through this protocol.
public protocol ByteSource {
    /// Up to `count` next bytes; an empty array means the input has ended.
    mutating func read(upTo count: Int) throws -> [UInt8]
}

/// Bytes already in memory, handed out in chunks of at most `chunkSize` (tests use 1 or 7).
public struct MemoryByteSource: ByteSource, Sendable {
    private let bytes: [UInt8]
    private var offset = 0
    private let chunkSize: Int

    public init(_ bytes: [UInt8], chunkSize: Int = .max) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    public init(_ text: String, chunkSize: Int = .max) {
        self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    public mutating func read(upTo count: Int) throws -> [UInt8] {
        let end = offset + min(max(count, 1), chunkSize, bytes.count - offset)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
