/// Limits and user overrides for reading postings.
public struct IngestOptions: Sendable, Equatable {
    /// A record (JSON value, CSV row, HTML page) longer than this is skipped with `.tooLarge`.
    public var maxRecordBytes: Int
    /// JSON nesting deeper than this is rejected as invalid.
    public var maxDepth: Int
    /// Column or key → field name, from `--map column=field`. Matching ignores case and
    /// punctuation on both sides; the field may be any name `FieldAliases` knows, or `extra`
    /// (keep as an extra) or `ignore` (drop).
    public var fieldMap: [String: String]
    /// Forces a format instead of detecting it from the content.
    public var format: InputFormat?
    /// Bytes asked of the source per read. 256 KB by default: a buffer of that size (plus a sixteenth for
    /// an unfinished line) comes from the allocator's heap and is reused once freed. 1 MB buffers were
    /// mapped afresh each time (glibc maps blocks from 512 KB up on their own, see the CLI's
    /// `AllocatorTuning`), and their page faults cost ~8 % of the CPU time of a report.
    public var chunkSize: Int

    public init(
        maxRecordBytes: Int = 16 << 20, maxDepth: Int = 64, fieldMap: [String: String] = [:],
        format: InputFormat? = nil, chunkSize: Int = 1 << 18
    ) {
        self.maxRecordBytes = maxRecordBytes
        self.maxDepth = maxDepth
        self.fieldMap = fieldMap
        self.format = format
        self.chunkSize = chunkSize
    }
}
