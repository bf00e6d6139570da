/// Decides a posting's country: structured `country` first, then the location text.
public struct CountryResolver: Sendable {
    public init() {}

    public func country(for posting: RawPosting) -> CountryCode? {
        posting.country.flatMap(CountryCode.init)  // STUB: location helper replaces this
    }
}
