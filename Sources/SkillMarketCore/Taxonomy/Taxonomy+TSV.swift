extension Taxonomy {
    /// Skill name of rows that hold context terms rather than a skill.
    public static let contextRowName = "~context"
    /// Skill name of rows that hold blocking phrases rather than a skill.
    public static let blockRowName = "~block"

    /// Parses a taxonomy file (the format of `Resources/skills.tsv`, also accepted by `--taxonomy FILE`).
    ///
    /// One row per skill, three tab-separated columns: `skill`, `family`, `aliases`.
    /// * Lines starting with `#` and blank lines are ignored; a first row `skill<TAB>family<TAB>aliases` is a header.
    /// * `aliases` is a `;`-separated list; empty means the skill name itself, any case.
    /// * An alias matches case-insensitively (ASCII) at token boundaries; a run of spaces, tabs, newlines or
    ///   hyphens in the text equals one space or hyphen in the alias ("machine-learning" = "machine learning").
    /// * A leading `=` makes the alias case-sensitive: `=Go` matches "Go", not "go".
    /// * A trailing ` @rule` names a ``ContextRule`` that a hit must pass: `=R @lang`, `spark @tech`, `=CV @cv`.
    /// * Skill `~context` rows list terms that are never reported but count as technical neighbours;
    ///   `~block` rows list phrases that hide any alias overlapping them (`series c; vitamin c`).
    ///
    ///     Python<TAB>Coding Languages<TAB>python; python3; =Py @tech
    ///
    /// - Throws: ``TaxonomyError`` naming the first bad line (wrong column count, empty name or family,
    ///   a skill defined twice, an unknown rule, no skills at all).
    public init(tsv: String) throws {
        var skills: [Skill] = []
        var aliases: [Alias] = []
        var firstLineOfSkill: [String: Int] = [:]
        var sawData = false
        for (lineNumber, line) in TextFileLines.lines(of: tsv) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let columns = TextFileLines.cells(of: line)
            if !sawData {
                sawData = true
                if columns.first.map({ TextFileLines.trimmed($0).lowercased() }) == "skill" { continue }
            }
            guard columns.count == 2 || columns.count == 3 else {
                throw TaxonomyError(
                    line: lineNumber,
                    message: "expected 3 tab-separated columns (skill, family, aliases), found \(columns.count)")
            }
            let name = TextFileLines.trimmed(columns[0])
            let family = TextFileLines.trimmed(columns[1])
            let aliasList = columns.count == 3 ? TextFileLines.trimmed(columns[2]) : ""
            guard !name.isEmpty else { throw TaxonomyError(line: lineNumber, message: "empty skill name") }
            let target: Alias.Target
            switch name {
            case Self.contextRowName: target = .context
            case Self.blockRowName: target = .block
            default:
                guard !family.isEmpty else {
                    throw TaxonomyError(line: lineNumber, message: "skill \"\(name)\" has an empty family")
                }
                if let first = firstLineOfSkill[name] {
                    throw TaxonomyError(
                        line: lineNumber, message: "skill \"\(name)\" is defined twice (first on line \(first))")
                }
                firstLineOfSkill[name] = lineNumber
                target = .skill(skills.count)
                skills.append(Skill(name: SkillName(name), family: family))
            }
            let parsed = try Self.parseAliases(aliasList, line: lineNumber)
            if parsed.isEmpty {
                if case .skill = target {
                    aliases.append(Alias(text: name, target: target))
                } else {
                    throw TaxonomyError(line: lineNumber, message: "\(name) row lists no phrases")
                }
            }
            aliases += parsed.map {
                Alias(text: $0.text, target: target, caseSensitive: $0.caseSensitive, rule: $0.rule)
            }
        }
        guard !skills.isEmpty else { throw TaxonomyError(line: 0, message: "the taxonomy defines no skills") }
        self.init(skills: skills, aliases: aliases)
    }

    private static func parseAliases(
        _ list: String, line: Int
    ) throws -> [(text: String, caseSensitive: Bool, rule: ContextRule?)] {
        var result: [(text: String, caseSensitive: Bool, rule: ContextRule?)] = []
        for item in TextFileLines.split(list, at: ";") {
            var text = TextFileLines.trimmed(item)
            if text.isEmpty { continue }
            var rule: ContextRule?
            if let at = lastRuleMark(in: text) {
                let ruleName = TextFileLines.trimmed(text[text.utf8.index(at, offsetBy: 2)...])
                guard let parsed = ContextRule(rawValue: ruleName) else {
                    let known = ContextRule.allCases.map { "@\($0.rawValue)" }.joined(separator: ", ")
                    throw TaxonomyError(
                        line: line, message: "unknown context rule \"@\(ruleName)\" (known: \(known))")
                }
                rule = parsed
                text = TextFileLines.trimmed(text[..<at])
            }
            let caseSensitive = text.hasPrefix("=")
            if caseSensitive { text = TextFileLines.trimmed(text.dropFirst()) }
            guard !text.isEmpty else { throw TaxonomyError(line: line, message: "an alias is empty") }
            result.append((text, caseSensitive, rule))
        }
        return result
    }

    /// Where the last " @" of `text` starts (the rule mark), if any.
    private static func lastRuleMark(in text: String) -> String.Index? {
        let bytes = text.utf8
        var index = bytes.endIndex
        while index > bytes.startIndex {
            index = bytes.index(before: index)
            if bytes[index] == UInt8(ascii: "@"), index > bytes.startIndex,
                bytes[bytes.index(before: index)] == UInt8(ascii: " ")
            {
                return bytes.index(before: index)
            }
        }
        return nil
    }

}
