/// Where input bytes come from: a file, stdin or a gzip stream (the CLI implements those).
///
/// Core never opens files; it pulls chunks through this protocol. The reader asks for them with
/// ``read(into:)``, straight into its own buffer; a source that can fill a caller's memory (a
/// `read(2)`, an inflater) implements it to spare the chunk array and its copy, others get it from
/// ``read(upTo:)``.
public protocol ByteSource {
    /// Up to `count` next bytes; an empty array means the input has ended.
    mutating func read(upTo count: Int) throws -> [UInt8]

    /// Writes up to `buffer.count` (at least 1) next bytes to the start of `buffer` and returns how
    /// many; 0 means the input has ended. Bytes past the returned count are left as they were.
    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int
}

extension ByteSource {
    /// ``read(upTo:)``, copied into `buffer`.
    public mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        let chunk = try read(upTo: buffer.count)
        return buffer.initialize(fromContentsOf: chunk)
    }

    /// ``read(upTo:)`` for a source that implements ``read(into:)``: one array of `count` bytes,
    /// filled in place and cut to what came.
    public mutating func chunk(upTo count: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: max(count, 1)) { buffer, initialized in
            initialized = try read(into: buffer)
        }
    }
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
