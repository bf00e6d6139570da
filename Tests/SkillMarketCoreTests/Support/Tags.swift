import Testing

extension Tag {
    @Tag static var ingest: Self
    /// Reads `../shared/data`; skipped on a fresh clone.
    @Tag static var realData: Self
}
