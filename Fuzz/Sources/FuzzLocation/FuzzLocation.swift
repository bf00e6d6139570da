import SkillMarketCore

private let resolver = CountryResolver()

/// Any text as a location, a structured country and an HN-style headline → `CountryResolver`
/// must not crash, and resolving the same text twice gives the same country.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLocation(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let country = resolver.resolve(text)
    precondition(resolver.resolve(text) == country, "resolve is not deterministic")
    _ = resolver.country(for: RawPosting(title: "Engineer", location: text, country: text))
    _ = resolver.country(for: RawPosting(title: "Engineer", description: text))
    return 0
}
