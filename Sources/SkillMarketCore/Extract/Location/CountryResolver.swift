/// Decides a posting's country: structured `country` first, then the location text.
///
/// When the location is empty, the first line of an HN-style description
/// ("Company | Role | Location | …") is tried segment by segment.
/// Location text is matched against the gazetteer word by word (longest name first) and the
/// candidates are weighed; see `resolve(_:)`.
public struct CountryResolver: Sendable {
    /// What a location names: a country, or none; `hasPlace` is false when it holds no place words at all
    /// (then the description's headline is tried).
    struct LocationReading: Sendable {
        var country: CountryCode?
        var hasPlace: Bool
    }

    /// Loaded once per process; an unreadable resource degrades to an empty gazetteer.
    private static let bundledGazetteer: Gazetteer = (try? Gazetteer.bundled()) ?? .empty

    private let gazetteer: Gazetteer

    public init() {
        self.init(gazetteer: CountryResolver.bundledGazetteer)
    }

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public func country(for posting: RawPosting) -> CountryCode? {
        country(for: posting) { reading(ofLocation: $0) }
    }

    /// `country(for:)` with the location read by `readLocation` (`reading(ofLocation:)`, or a memo of it).
    func country(for posting: RawPosting, readLocation: (String) -> LocationReading) -> CountryCode? {
        if let structured = posting.country, let country = structuredCountry(structured) {
            return country
        }
        var hasLocation = false
        if let location = posting.location {
            let reading = readLocation(location)
            if let country = reading.country { return country }
            hasLocation = reading.hasPlace
        }
        if !hasLocation, let description = posting.description {
            return countryFromHeadline(description)
        }
        return nil
    }

    /// The country a location names (`resolve(_:)`) and whether it holds any place words at all.
    func reading(ofLocation location: String) -> LocationReading {
        var location = location
        // The closure captures only the reader's pointers (capturing `self` retained the tables).
        let reader = gazetteer.reader
        return location.withUTF8 { text in
            PlaceText.reading(text) { place in LocationReading(country: reader.resolve(place), hasPlace: !place.parts.isEmpty) }
        }
    }

    /// The country a piece of place text names, or `nil` when it names none or only a region
    /// ("Remote", "EMEA").
    ///
    /// Each gazetteer match supports its candidate countries. The winner has, in order: the most
    /// supporting matches ("San Jose, CA": US twice beats Canada once); the most matches where
    /// it is the likeliest reading ("Georgia" alone → US); the most specific kind of place
    /// ("Boston, Lincolnshire" → GB); the right-most support, since qualifiers
    /// follow the place they qualify ("Suffolk, VA" → US); the highest total weight.
    ///
    ///     resolve("London, ON")         // CA
    ///     resolve("Remote - US")        // US
    ///     resolve("Tbilisi, Georgia")   // GE
    public func resolve(_ text: String) -> CountryCode? {
        var text = text
        let reader = gazetteer.reader
        return text.withUTF8 { PlaceText.reading($0) { reader.resolve($0) } }
    }

    /// A structured country field: an ISO code ("us", "GB"), "UK", or a country name.
    private func structuredCountry(_ text: String) -> CountryCode? {
        if let code = CountryCode(text) {
            if code.rawValue == "UK" { return CountryCode("GB") }
            if gazetteer.knows(code) { return code }
        }
        return resolve(text)
    }

    /// HN "Who is hiring" headline: "Company | Role | City, Remote (US) | Full-time".
    private func countryFromHeadline(_ description: String) -> CountryCode? {
        var line: [UInt8] = []
        for byte in description.utf8 {
            if byte == UInt8(ascii: "\n") || line.count >= 400 { break }
            line.append(byte)
            if line.count >= 3, line[line.count - 3] == UInt8(ascii: "<") {
                let tag = (line[line.count - 2] | 0x20, line[line.count - 1] | 0x20)
                if tag == (UInt8(ascii: "p"), UInt8(ascii: ">")) || tag == (UInt8(ascii: "b"), UInt8(ascii: "r")) {
                    line.removeLast(3)
                    break
                }
            }
        }
        let segments = line.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        guard segments.count >= 3 else { return nil }
        for segment in segments.dropFirst() {
            if let country = resolve(String(decoding: segment, as: UTF8.self)) { return country }
        }
        return nil
    }
}

extension Gazetteer.Reader {
    /// The country the words of `place` name; see `CountryResolver.resolve(_:)`.
    ///
    /// The tallies live in scratch space with room for every candidate of every word (each match
    /// adds at most one tally per candidate), not in an array grown per location; candidates and
    /// tallies are trivial values (packed codes, indices), so nothing is retained or released.
    fileprivate func resolve(_ place: PlaceText) -> CountryCode? {
        let winner = withUnsafeTemporaryAllocation(
            of: CountryTallies.Entry.self, capacity: place.words.count * mostCandidates
        ) { scratch -> Int32? in
            var tallies = CountryTallies(scratch)
            var position = 0
            for part in place.parts {
                var first = part.lowerBound
                while first < part.upperBound {
                    var matched = 1
                    var longest = min(longestName, part.upperBound - first)
                    let upperCase = place.words[first].upperCase
                    while longest >= 1 {
                        let found = entries(forKey: place.key(first, first + longest - 1))
                        if found.contains(where: { !$0.needsUpperCase || upperCase }) {
                            position += 1
                            Self.record(found, upperCase: upperCase, at: position, into: &tallies)
                            matched = longest
                            break
                        }
                        longest -= 1
                    }
                    first += matched
                }
            }
            return tallies.winner
        }
        return winner.map(country)
    }

    /// Adds one match to the tallies: each country among the candidates usable here (two-letter
    /// names only in capitals) gains support, with its most specific candidate.
    ///
    /// Works on the candidate list in place (no list of countries seen): a name has a handful of
    /// candidates, and this runs for every matched word of every location.
    private static func record(
        _ candidates: UnsafeBufferPointer<Gazetteer.Entry>, upperCase: Bool, at position: Int,
        into tallies: inout CountryTallies
    ) {
        func usable(_ candidate: Gazetteer.Entry) -> Bool { !candidate.needsUpperCase || upperCase }
        // The first of the heaviest (then most specific) candidates.
        var preferred = -1
        for index in candidates.indices where usable(candidates[index]) {
            if preferred < 0
                || (candidates[preferred].weight, candidates[preferred].kind) < (candidates[index].weight, candidates[index].kind)
            {
                preferred = index
            }
        }
        // 0 (no country) equals no candidate's code below.
        let preferredCode = preferred >= 0 ? candidates[preferred].code : 0
        for index in candidates.indices where usable(candidates[index]) {
            let code = candidates[index].code
            guard code != 0, !candidates[..<index].contains(where: { usable($0) && $0.code == code }) else { continue }
            // Each country once, at its first candidate, with its first most specific (then heaviest) one.
            var best = candidates[index]
            for later in candidates[(index + 1)...] where usable(later) && later.code == code {
                if (best.kind, best.weight) < (later.kind, later.weight) { best = later }
            }
            tallies.modify(code, country: best.country) { tally in
                tally.support += 1
                if preferredCode == code { tally.preferred += 1 }
                tally.kind = max(tally.kind, best.kind)
                tally.lastPosition = position
                tally.weight += best.weight
            }
        }
    }
}

/// The tallies of one resolution, one per country in order of first support, in caller-provided
/// scratch space (written entries: the first `count`; all fields trivial).
private struct CountryTallies {
    /// A country's packed code (see `Gazetteer.Entry.code`), its index in the gazetteer, and its tally.
    typealias Entry = (code: UInt16, country: Int32, tally: Tally)

    private let entries: UnsafeMutableBufferPointer<Entry>
    private var count = 0

    init(_ scratch: UnsafeMutableBufferPointer<Entry>) {
        entries = scratch
    }

    /// Changes the tally of the country `code`, starting a zero one when it has none.
    mutating func modify(_ code: UInt16, country: Int32, _ change: (inout Tally) -> Void) {
        var slot = 0
        while slot < count, entries[slot].code != code { slot += 1 }
        if slot == count {
            entries.initializeElement(at: slot, to: (code, country, Tally()))
            count += 1
        }
        change(&entries[slot].tally)
    }

    /// The gazetteer index of the best-supported country (see `Tally.ranks`); the first of equal
    /// ones, as `Array.max(by:)`.
    var winner: Int32? {
        guard count > 0 else { return nil }
        var best = 0
        for slot in 1..<count where entries[best].tally.ranks(below: entries[slot].tally, entries[best].code, entries[slot].code) {
            best = slot
        }
        return entries[best].country
    }
}

/// How much one country is supported by the matches in a piece of place text.
private struct Tally {
    var support = 0
    var preferred = 0
    var kind = Gazetteer.Kind.none
    var lastPosition = 0
    var weight = 0

    /// Whether this tally ranks below `other`; `mine` and `theirs` are the packed codes, which order
    /// as the codes' letters do.
    func ranks(below other: Tally, _ mine: UInt16, _ theirs: UInt16) -> Bool {
        if support != other.support { return support < other.support }
        if preferred != other.preferred { return preferred < other.preferred }
        if kind != other.kind { return kind < other.kind }
        if lastPosition != other.lastPosition { return lastPosition < other.lastPosition }
        if weight != other.weight { return weight < other.weight }
        return mine > theirs  // deterministic: the alphabetically first code wins a full tie
    }
}
