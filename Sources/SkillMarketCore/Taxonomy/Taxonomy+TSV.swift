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
        var tsv = tsv
        try tsv.withUTF8 { bytes in
            try TextFileLines.forEachLine(in: bytes) { lineNumber, line in
                if TextFileLines.isBlankLine(line) || TextFileLines.isCommentLine(line) { return }
                var columns: [UnsafeBufferPointer<UInt8>] = []
                var start = 0
                repeat {
                    let cell = TextFileLines.cell(of: line, from: start)
                    columns.append(UnsafeBufferPointer(rebasing: line[cell]))
                    start = cell.upperBound + 1
                } while start <= line.count
                if !sawData {
                    sawData = true
                    if TextFileLines.trimmed(columns[0]).lowercased() == "skill" { return }
                }
                guard columns.count == 2 || columns.count == 3 else {
                    throw TaxonomyError(
                        line: lineNumber,
                        message: "expected 3 tab-separated columns (skill, family, aliases), found \(columns.count)")
                }
                let name = TextFileLines.trimmed(columns[0])
                let family = TextFileLines.trimmed(columns[1])
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
                let countBefore = aliases.count
                if columns.count == 3 {
                    try Self.forEachAlias(in: columns[2], line: lineNumber) { text, caseSensitive, rule in
                        aliases.append(Alias(text: text, target: target, caseSensitive: caseSensitive, rule: rule))
                    }
                }
                if aliases.count == countBefore {
                    guard case .skill = target else {
                        throw TaxonomyError(line: lineNumber, message: "\(name) row lists no phrases")
                    }
                    aliases.append(Alias(text: name, target: target))
                }
            }
        }
        guard !skills.isEmpty else { throw TaxonomyError(line: 0, message: "the taxonomy defines no skills") }
        self.init(skills: skills, aliases: aliases)
    }

    /// Calls `body` with each alias of the UTF-8 aliases cell `list` (`;`-separated, blank items skipped).
    ///
    /// An ASCII cell is split at its `;` bytes; other text at `;` Characters, so a `;` followed by a
    /// combining mark does not split it (as `String.split` does).
    private static func forEachAlias(
        in list: UnsafeBufferPointer<UInt8>, line: Int,
        _ body: (_ text: String, _ caseSensitive: Bool, _ rule: ContextRule?) -> Void
    ) throws {
        guard UTF8Text.isASCII(list) else {
            for item in String(decoding: list, as: UTF8.self).split(separator: ";") {
                try parseAlias(TextFileLines.trimmed(item), line: line, body)
            }
            return
        }
        var start = 0
        while start <= list.count {
            let item = TextFileLines.cell(of: list, from: start, separator: UInt8(ascii: ";"))
            try parseAlias(TextFileLines.trimmed(UnsafeBufferPointer(rebasing: list[item])), line: line, body)
            start = item.upperBound + 1
        }
    }

    /// Parses one trimmed alias item (`=Go @lang`) and passes it to `body`; does nothing for an empty one.
    private static func parseAlias(
        _ item: String, line: Int, _ body: (_ text: String, _ caseSensitive: Bool, _ rule: ContextRule?) -> Void
    ) throws {
        var text = item
        if text.isEmpty { return }
        var rule: ContextRule?
        if let at = lastRuleMark(in: text) {
            let ruleName = TextFileLines.trimmed(text[text.utf8.index(at, offsetBy: 2)...])
            guard let parsed = ContextRule(rawValue: ruleName) else {
                let known = ContextRule.allCases.map { "@\($0.rawValue)" }.joined(separator: ", ")
                throw TaxonomyError(line: line, message: "unknown context rule \"@\(ruleName)\" (known: \(known))")
            }
            rule = parsed
            text = TextFileLines.trimmed(text[..<at])
        }
        let caseSensitive = text.hasPrefix("=")
        if caseSensitive { text = TextFileLines.trimmed(text.dropFirst()) }
        guard !text.isEmpty else { throw TaxonomyError(line: line, message: "an alias is empty") }
        body(text, caseSensitive, rule)
    }

    /// Where the last " @" of `text` starts (the rule mark), if any.
    private static func lastRuleMark(in text: String) -> String.Index? {
        var bytes = text
        let offset = bytes.withUTF8 { bytes in
            bytes.indices.dropFirst().last { bytes[$0] == UInt8(ascii: "@") && bytes[$0 - 1] == UInt8(ascii: " ") }
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0 - 1) }
    }
}
