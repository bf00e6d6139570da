import Foundation

extension CorpusCalibration {
    static func loadProfiles(
        _ tsv: GeneratorTSV, titles: GeneratorTSV, skillsFile: GeneratorTSV, skills: [Skill], groups: [Group]
    ) throws(GeneratorDataError) -> [Profile] {
        let name = try tsv.column("profile"), role = try tsv.column("role"), column = try tsv.column("skill_column")
        let group = try tsv.column("group"), offset = try tsv.column("salary_offset")
        var levelColumns: [Int] = []
        for level in Seniority.allCases { levelColumns.append(try tsv.column(level.rawValue)) }
        let titleTables = try loadTitles(titles, skills: skills)
        var profiles: [Profile] = []
        for row in tsv.rows {
            let profileName = tsv.text(row, name)
            var levels: [(Seniority, Double)] = []
            for (level, index) in zip(Seniority.allCases, levelColumns) { levels.append((level, try tsv.number(row, index))) }
            guard let titleTable = titleTables[profileName], !titleTable.isEmpty else {
                throw GeneratorDataError(file: titles.file, line: 0, message: "no titles for profile \"\(profileName)\"")
            }
            let shares = try skillShares(skillsFile, column: tsv.text(row, column), count: skills.count)
            let (on, off) = conditionalShares(shares, titles: titleTable, skills: skills, groups: groups)
            let slug = tsv.text(row, role)
            profiles.append(Profile(
                name: profileName, role: slug == "-" || slug.isEmpty ? nil : RoleSlug(slug), group: tsv.text(row, group),
                seniority: WeightedTable(levels), salaryOffset: try tsv.number(row, offset), titles: titleTable,
                skillShare: shares, skillOn: on, skillOff: off))
        }
        return profiles
    }

    private static func loadTitles(_ tsv: GeneratorTSV, skills: [Skill]) throws(GeneratorDataError) -> [String: WeightedTable<Title>] {
        let profile = try tsv.column("profile"), weight = try tsv.column("weight"), levels = try tsv.column("levels")
        let title = try tsv.column("title"), skillColumn = try tsv.column("skills")
        var pairs: [String: [(Title, Double)]] = [:]
        for row in tsv.rows {
            let levelText = tsv.text(row, levels)
            let parsedLevels: Title.Levels =
                switch levelText {
                case "y": .markable
                case "n": .fixed
                default: .implied(Seniority(rawValue: levelText) ?? .mid)
                }
            var mentioned: [Int] = []
            for item in tsv.text(row, skillColumn).split(separator: "|") where !item.isEmpty {
                guard let index = skills.firstIndex(where: { $0.name.rawValue == item }) else {
                    throw GeneratorDataError(file: tsv.file, line: row.line, message: "unknown skill \"\(item)\"")
                }
                mentioned.append(index)
            }
            let entry = Title(text: tsv.text(row, title), levels: parsedLevels, skills: mentioned)
            pairs[tsv.text(row, profile), default: []].append((entry, try tsv.number(row, weight)))
        }
        return pairs.mapValues { WeightedTable($0) }
    }

    /// Target shares of one column of skills.tsv ("none" = all zero).
    private static func skillShares(_ tsv: GeneratorTSV, column name: String, count: Int) throws(GeneratorDataError) -> [Double] {
        guard name != "none" else { return Array(repeating: 0, count: count) }
        let column = try tsv.column(name)
        var shares: [Double] = []
        for row in tsv.rows { shares.append(try tsv.number(row, column)) }
        return shares
    }

    /// Turns marginal target shares into probabilities given the group state, so that the marginal
    /// share (title mentions included) stays on target while group members co-occur:
    /// p_on = min(0.98, t·boost), p_off = (t − q·p_on) / (1 − q), with t net of title mentions.
    private static func conditionalShares(
        _ shares: [Double], titles: WeightedTable<Title>, skills: [Skill], groups: [Group]
    ) -> ([Double], [Double]) {
        var titleShare = Array(repeating: 0.0, count: skills.count)
        let total = titles.items.count == 0 ? 1 : titles.total
        for (index, title) in titles.items.enumerated() {
            for skill in title.skills { titleShare[skill] += titles.weight(at: index) / total }
        }
        var on: [Double] = [], off: [Double] = []
        for (index, skill) in skills.enumerated() {
            let forced = min(titleShare[index], 0.999)
            let target = max(0, (shares[index] - forced) / (1 - forced))
            let group = groups[skill.group]
            let q = group.onShare
            guard q > 0, q < 1 else {
                on.append(target)
                off.append(target)
                continue
            }
            let pOn = min(0.98, target * group.boost)
            on.append(pOn)
            off.append(max(0, (target - q * pOn) / (1 - q)))
        }
        return (on, off)
    }

    static func loadCountries(
        _ tsv: GeneratorTSV, locations: GeneratorTSV
    ) throws(GeneratorDataError) -> ([Country], WeightedTable<Int>, WeightedTable<Int>) {
        let code = try tsv.column("country"), weight = try tsv.column("weight"), currency = try tsv.column("currency")
        let factor = try tsv.column("pay_factor"), share = try tsv.column("salary_share")
        let lCountry = try locations.column("country"), lWeight = try locations.column("weight")
        let lCity = try locations.column("city"), lText = try locations.column("text")
        var countries: [Country] = [], all: [(Int, Double)] = [], onsite: [(Int, Double)] = []
        for row in tsv.rows {
            let key = tsv.text(row, code)
            var cities: [(Location, Double)] = [], remotes: [(Location, Double)] = []
            for lRow in locations.rows where locations.text(lRow, lCountry) == key {
                let location = Location(text: locations.text(lRow, lText), city: locations.text(lRow, lCity))
                let pair = (location, try locations.number(lRow, lWeight))
                if location.city == "remote" { remotes.append(pair) } else { cities.append(pair) }
            }
            let currencyText = tsv.text(row, currency)
            let country = Country(
                code: CountryCode(key), currency: currencyText == "-" ? nil : CurrencyCode(currencyText),
                payFactor: try tsv.number(row, factor), salaryShare: try tsv.number(row, share),
                cities: WeightedTable(cities), remotes: WeightedTable(remotes))
            guard !country.cities.isEmpty || !country.remotes.isEmpty else {
                throw GeneratorDataError(file: locations.file, line: 0, message: "no locations for \"\(key)\"")
            }
            let w = try tsv.number(row, weight)
            all.append((countries.count, w))
            if !country.cities.isEmpty { onsite.append((countries.count, w)) }
            countries.append(country)
        }
        return (countries, WeightedTable(all), WeightedTable(onsite))
    }

    static func loadCompanies(
        _ tsv: GeneratorTSV, words: GeneratorTSV
    ) throws(GeneratorDataError) -> ([Company], WeightedTable<Int>, [String]) {
        let weight = try tsv.column("weight"), name = try tsv.column("name"), variants = try tsv.column("variants")
        var companies: [Company] = [], pairs: [(Int, Double)] = []
        var named = 0.0
        for row in tsv.rows {
            let text = tsv.text(row, name)
            let w = try tsv.number(row, weight)
            named += w
            pairs.append((companies.count, w))
            companies.append(Company(name: text, variants: tsv.text(row, variants).split(separator: "|").map(String.init),
                slug: slug(text)))
        }
        let kind = try words.column("kind"), wordText = try words.column("text")
        let firsts = words.rows.filter { words.text($0, kind) == "first" }.map { words.text($0, wordText) }
        let seconds = words.rows.filter { words.text($0, kind) == "second" }.map { words.text($0, wordText) }
        let legal = words.rows.filter { words.text($0, kind) == "legal" }.map { words.text($0, wordText) }
        // Long tail: Zipf-like weights 1/(rank+8)^1.05 scaled to the share the named companies leave.
        var tail: [(String, Double)] = []
        for second in seconds {
            for first in firsts {
                tail.append((first + " " + second, 1 / pow(Double(tail.count) + 8, 1.05)))
            }
        }
        let tailTotal = tail.reduce(0) { $0 + $1.1 }
        for (text, w) in tail {
            pairs.append((companies.count, w / tailTotal * max(0, 1 - named)))
            companies.append(Company(name: text, variants: [], slug: slug(text)))
        }
        guard !companies.isEmpty else { throw GeneratorDataError(file: tsv.file, line: 0, message: "no companies") }
        return (companies, WeightedTable(pairs), legal)
    }

    static func loadSalaryFormats(_ tsv: GeneratorTSV) throws(GeneratorDataError) -> [String: WeightedTable<SalaryFormat>] {
        let currency = try tsv.column("currency"), kind = try tsv.column("kind"), base = try tsv.column("base")
        let period = try tsv.column("period"), shape = try tsv.column("shape"), weight = try tsv.column("weight")
        let pattern = try tsv.column("pattern")
        var pairs: [String: [(SalaryFormat, Double)]] = [:]
        for row in tsv.rows {
            guard let k = SalaryFormat.Kind(rawValue: tsv.text(row, kind)), let p = PayPeriod(rawValue: tsv.text(row, period)),
                let s = SalaryFormat.Shape(rawValue: tsv.text(row, shape))
            else { throw GeneratorDataError(file: tsv.file, line: row.line, message: "bad kind, period or shape") }
            let code = tsv.text(row, currency)
            let format = SalaryFormat(currency: CurrencyCode(code), kind: k, base: tsv.text(row, base) == "y", period: p,
                shape: s, pattern: tsv.text(row, pattern))
            pairs[code, default: []].append((format, try tsv.number(row, weight)))
        }
        return pairs.mapValues { WeightedTable($0) }
    }

    /// Lower-case ASCII letters and digits only: "Carrow & Pike" → "carrowpike".
    static func slug(_ name: String) -> String {
        var bytes: [UInt8] = []
        for byte in name.utf8 {
            switch byte {
            case 0x41...0x5A: bytes.append(byte | 0x20)
            case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
