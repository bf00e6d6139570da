/// Picks a sentence from a template table and fills its slots.
struct SentenceFiller {
    let company: String
    let team: String
    let url: String
    /// Texts for `{1}`..`{3}` in the next sentence with skill slots.
    var aliases: [String] = []

    init(company: String, team: String, url: String) {
        self.company = company
        self.team = team
        self.url = url
    }

    /// Templates already used in this description; `fill` avoids repeating them when it can.
    private var used: Set<String> = []

    /// A filled sentence from `table`, or "" when the table is missing. Re-draws (up to three
    /// times) a template this description already used.
    mutating func fill(_ table: WeightedTable<TextTemplate>?, _ rng: inout SeededGenerator) -> String {
        guard let table, !table.isEmpty else { return "" }
        var template = table.pick(&rng)
        for _ in 0..<3 where used.contains(template.text) { template = table.pick(&rng) }
        used.insert(template.text)
        var text = ""
        text.reserveCapacity(template.text.utf8.count + 32)
        for segment in template.segments {
            switch segment {
            case .literal(let literal): text += literal
            case .skill(let slot): text += slot - 1 < aliases.count ? aliases[slot - 1] : ""
            case .company: text += company
            case .team: text += team
            case .url: text += url
            }
        }
        return text
    }
}
