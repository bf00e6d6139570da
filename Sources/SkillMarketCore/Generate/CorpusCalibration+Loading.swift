import Foundation

extension CorpusCalibration {
    /// Loads `Resources/generator/*.tsv` from the package bundle.
    public static func bundled() throws(GeneratorDataError) -> CorpusCalibration {
        try CorpusCalibration(reading: { name throws(GeneratorDataError) in try GeneratorTSV.bundled(name) })
    }

    /// Builds a calibration from vocabulary files given as text, keyed by file name ("skills.tsv").
    public static func make(files: [String: String]) throws(GeneratorDataError) -> CorpusCalibration {
        try CorpusCalibration(reading: { name throws(GeneratorDataError) in
            guard let text = files[name] else { throw GeneratorDataError(file: name, line: 0, message: "missing") }
            return try GeneratorTSV(file: name, text: text)
        })
    }

    init(reading read: (String) throws(GeneratorDataError) -> GeneratorTSV) throws(GeneratorDataError) {
        let settings = try Self.loadSettings(read("settings.tsv"))
        let asOfText = try read("settings.tsv").rows.first { $0.fields.first == "as_of" }?.fields.last ?? "2026-06-30"
        guard let asOf = Day(iso8601: asOfText) else {
            throw GeneratorDataError(file: "settings.tsv", line: 0, message: "as_of \"\(asOfText)\" is not a date")
        }
        self.asOf = asOf
        self.settings = settings
        duplicateShare = settings["duplicate_share"] ?? 0.045
        siblingShare = settings["sibling_share"] ?? 0.03
        lookback = Int(settings["lookback"] ?? 400)
        htmlShare = settings["html_share"] ?? 0.4

        let groupsFile = try read("groups.tsv")
        groups = try Self.loadGroups(groupsFile)
        let skillsFile = try read("skills.tsv")
        skills = try Self.loadSkills(skillsFile, groups: groups)
        profiles = try Self.loadProfiles(read("profiles.tsv"), titles: read("titles.tsv"), skillsFile: skillsFile,
            skills: skills, groups: groups)
        let profileWeights = try Self.profileWeights(read("profiles.tsv"))
        profileTable = WeightedTable(profiles.indices.map { ($0, profileWeights[$0]) })
        markers = try Self.loadMarkers(read("seniority.tsv"))
        (countries, countryTable, onsiteCountryTable) = try Self.loadCountries(
            read("countries.tsv"), locations: read("locations.tsv"))
        modeCombos = try Self.loadModes(read("workmodes.tsv"))
        (companies, companyTable, legalSuffixes) = try Self.loadCompanies(
            read("companies.tsv"), words: read("company_words.tsv"))
        salaryFormats = try Self.loadSalaryFormats(read("salary_formats.tsv"))
        templates = try Self.loadTemplates(read("templates.tsv"))
        salaryIntercept = 0
        salaryIntercept = calibratedIntercept()
        try validate()
    }

    private static func loadSettings(_ tsv: GeneratorTSV) throws(GeneratorDataError) -> [String: Double] {
        var settings: [String: Double] = [:]
        for row in tsv.rows where row.fields.count >= 2 {
            if let value = Double(row.fields[1]) { settings[row.fields[0]] = value }
        }
        return settings
    }

    private static func loadGroups(_ tsv: GeneratorTSV) throws(GeneratorDataError) -> [Group] {
        let name = try tsv.column("group"), on = try tsv.column("on_share"), boost = try tsv.column("boost")
        var groups: [Group] = []
        for row in tsv.rows {
            groups.append(Group(name: tsv.text(row, name), onShare: try tsv.number(row, on), boost: try tsv.number(row, boost)))
        }
        return groups
    }

    private static func loadSkills(_ tsv: GeneratorTSV, groups: [Group]) throws(GeneratorDataError) -> [Skill] {
        let name = try tsv.column("skill"), group = try tsv.column("group")
        let effect = try tsv.column("salary_effect"), aliases = try tsv.column("aliases")
        let names = tsv.rows.map { tsv.text($0, name) }
        var skills: [Skill] = []
        for row in tsv.rows {
            guard let groupIndex = groups.firstIndex(where: { $0.name == tsv.text(row, group) }) else {
                throw GeneratorDataError(file: tsv.file, line: row.line, message: "unknown group \"\(tsv.text(row, group))\"")
            }
            var parsed: [Alias] = []
            for item in tsv.text(row, aliases).split(separator: "|") {
                var text = String(item)
                let ambiguous = text.hasPrefix("~")
                if ambiguous { text.removeFirst() }
                var requires: Int?
                if let at = text.firstIndex(of: "@") {
                    let other = String(text[text.index(after: at)...])
                    guard let index = names.firstIndex(of: other) else {
                        throw GeneratorDataError(file: tsv.file, line: row.line, message: "alias needs unknown skill \"\(other)\"")
                    }
                    requires = index
                    text = String(text[..<at])
                }
                parsed.append(Alias(text: text, requires: requires, ambiguous: ambiguous))
            }
            guard parsed.contains(where: { $0.requires == nil }) else {
                throw GeneratorDataError(file: tsv.file, line: row.line, message: "needs an alias without @")
            }
            skills.append(Skill(name: SkillName(tsv.text(row, name)), group: groupIndex,
                salaryEffect: try tsv.number(row, effect), aliases: parsed))
        }
        return skills
    }

    private static func profileWeights(_ tsv: GeneratorTSV) throws(GeneratorDataError) -> [Double] {
        let weight = try tsv.column("weight")
        var weights: [Double] = []
        for row in tsv.rows { weights.append(try tsv.number(row, weight)) }
        return weights
    }

    private static func loadMarkers(_ tsv: GeneratorTSV) throws(GeneratorDataError) -> [WeightedTable<String>] {
        let level = try tsv.column("level"), weight = try tsv.column("weight"), pattern = try tsv.column("pattern")
        var pairs: [[(String, Double)]] = Array(repeating: [], count: Seniority.allCases.count)
        for row in tsv.rows {
            guard let seniority = Seniority(rawValue: tsv.text(row, level)),
                let index = Seniority.allCases.firstIndex(of: seniority)
            else { throw GeneratorDataError(file: tsv.file, line: row.line, message: "unknown level") }
            pairs[index].append((tsv.text(row, pattern), try tsv.number(row, weight)))
        }
        return pairs.map { WeightedTable($0) }
    }

    private static func loadModes(_ tsv: GeneratorTSV) throws(GeneratorDataError) -> WeightedTable<[WorkMode]> {
        let modes = try tsv.column("modes"), weight = try tsv.column("weight")
        var pairs: [([WorkMode], Double)] = []
        for row in tsv.rows {
            let text = tsv.text(row, modes)
            var combo: [WorkMode] = []
            if text != "none" {
                for part in text.split(separator: "+") {
                    guard let mode = WorkMode(rawValue: String(part)) else {
                        throw GeneratorDataError(file: tsv.file, line: row.line, message: "unknown mode \"\(part)\"")
                    }
                    combo.append(mode)
                }
            }
            pairs.append((combo.sorted(), try tsv.number(row, weight)))
        }
        return WeightedTable(pairs)
    }

    private static func loadTemplates(_ tsv: GeneratorTSV) throws(GeneratorDataError) -> [String: WeightedTable<TextTemplate>] {
        let kind = try tsv.column("kind"), group = try tsv.column("group"), arity = try tsv.column("arity")
        let weight = try tsv.column("weight"), text = try tsv.column("text")
        var pairs: [String: [(TextTemplate, Double)]] = [:]
        for row in tsv.rows {
            let template = TextTemplate(tsv.text(row, text))
            let slots = Int(try tsv.number(row, arity))
            guard template.arity == slots else {
                throw GeneratorDataError(file: tsv.file, line: row.line, message: "arity \(slots) but \(template.arity) slots")
            }
            let key = templateKey(tsv.text(row, kind), tsv.text(row, group), arity: slots)
            pairs[key, default: []].append((template, try tsv.number(row, weight)))
        }
        return pairs.mapValues { WeightedTable($0) }
    }

    /// "kind/group" for sentences without skills, "kind/group/N" for sentences with N skill slots.
    static func templateKey(_ kind: String, _ group: String, arity: Int) -> String {
        arity == 0 ? kind + "/" + group : kind + "/" + group + "/" + String(arity)
    }
}
