/// A sentence with slots, parsed once: `{1}`..`{3}` take skill aliases, `{company}`, `{team}` and
/// `{url}` take posting values; any other brace text is kept literally.
struct TextTemplate: Sendable {
    enum Segment: Sendable {
        case literal(String)
        case skill(Int)
        case company, team, url
    }

    let segments: [Segment]
    /// How many skill slots the template has.
    let arity: Int
    let text: String

    init(_ text: String) {
        self.text = text
        var segments: [Segment] = []
        var literal = ""
        var arity = 0
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[rest.startIndex..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            let segment: Segment? =
                switch name {
                case "1", "2", "3": .skill(Int(name) ?? 1)
                case "company": .company
                case "team": .team
                case "url": .url
                default: nil
                }
            if let segment {
                if !literal.isEmpty { segments.append(.literal(literal)) }
                literal = ""
                if case .skill(let slot) = segment { arity = max(arity, slot) }
                segments.append(segment)
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
        self.arity = arity
    }
}
