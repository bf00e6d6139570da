extension CorpusGenerator {
    /// Writes a composition out as a raw posting and its truth. Text choices come from stream 2
    /// of `textIndex`, so a repost's description differs from its original only in noise.
    func render(_ comp: PostingComposition) -> GeneratedPosting {
        let c = calibration
        let profile = c.profiles[comp.profile]
        let group = profile.group
        var rng = SeededGenerator(seed: seed, index: comp.textIndex, stream: 2)
        let company = c.companies[comp.company]
        let jobNumber = rng.int(in: 100_000...999_999)
        let url = "https://careers." + company.slug + ".example.com/jobs/" + String(jobNumber)
            + "?src=jobboard&utm_campaign=" + String(comp.tracking >> 24, radix: 36)
        var document = DescriptionDocument(html: comp.html, bullet: rng.int(below: 3), spacing: comp.spacing)
        var filler = SentenceFiller(company: company.name, team: c.template("team", group)?.pick(&rng).text ?? "", url: url)

        // Introduction, with a trap sentence now and then.
        var intro = [filler.fill(c.template("intro", group), &rng), filler.fill(c.template("about", group), &rng)]
        let negatives = rng.int(in: 0...Int(c.setting("negative_sentences_max", 3)))
        var closingNegatives: [String] = []
        for n in 0..<negatives {
            let sentence = filler.fill(c.template("negative", group), &rng)
            if n % 2 == 0 { intro.append(sentence) } else { closingNegatives.append(sentence) }
        }
        document.paragraph(intro)

        // Skill sentences spread over responsibilities, requirements and nice-to-haves.
        var sections: [[String]] = [[], [], []]
        let present = Set(comp.skills).union(comp.titleSkills)
        var mentioned: [Int] = []
        var order = comp.skills
        order.shuffle(using: &rng)
        var start = 0
        while start < order.count {
            let draw = rng.unit()
            var size = min(order.count - start, draw < 0.45 ? 1 : draw < 0.8 ? 2 : 3)
            let sectionDraw = rng.unit()
            var section = sectionDraw < 0.35 ? 0 : sectionDraw < 0.85 ? 1 : 2
            var table = c.template(["resp", "req", "nice"][section], group, arity: size)
            if table == nil { (section, size, table) = (1, 1, c.template("req", group, arity: 1)) }
            guard let table else { break }
            let chunk = Array(order[start..<(start + size)])
            filler.aliases = chunk.map { alias(for: $0, present: present, &rng) }
            sections[section].append(filler.fill(table, &rng))
            mentioned += chunk
            start += size
        }
        for _ in 0..<rng.int(in: 1...2) { sections[0].insert(filler.fill(c.template("resp_filler", group), &rng), at: 0) }
        for _ in 0..<rng.int(in: 1...2) { sections[1].append(filler.fill(c.template("req_filler", group), &rng)) }
        if rng.chance(0.3), let extra = c.template("nice_filler", group) { sections[2].append(filler.fill(extra, &rng)) }
        if let level = comp.yearsLevel, let years = c.template("years_" + level.rawValue, group) {
            sections[1].insert(filler.fill(years, &rng), at: 0)
        }
        for (section, kind) in zip(sections, ["h_resp", "h_req", "h_nice"]) where !section.isEmpty {
            document.list(heading: filler.fill(c.template(kind, group), &rng), items: section)
        }

        if comp.modesInText, let modes = c.template("wm_" + modeKey(comp.modes), group) {
            document.paragraph([filler.fill(modes, &rng)])
        }
        var raw = RawPosting(title: comp.title)
        if let salary = comp.salary {
            let text = SalaryText.render(salary.format.pattern, min: salary.min, max: salary.max)
            switch salary.format.kind {
            case .desc: document.paragraph([text])
            case .text, .none: raw.salary = text
            case .field:
                raw.salaryMin = salary.min.map { String($0) }
                raw.salaryMax = salary.max.map { String($0) }
                raw.salaryCurrency = salary.format.currency.rawValue
                raw.salaryPeriod = salary.format.period.rawValue
            }
        }
        if !closingNegatives.isEmpty { document.paragraph(closingNegatives) }

        // Boilerplate blocks, in the composition's order.
        var benefits: [String] = []
        for _ in 0..<rng.int(in: 2...4) { benefits.append(filler.fill(c.template("benefit", group), &rng)) }
        let benefitsHeading = filler.fill(c.template("h_benefits", group), &rng)
        let eeo = filler.fill(c.template("eeo", group), &rng)
        let apply = filler.fill(c.template("apply", group), &rng)
        for block in Self.permutations[comp.boilerplateOrder % 6] {
            switch block {
            case 0: document.list(heading: benefitsHeading, items: benefits)
            case 1: document.paragraph([eeo])
            default: document.paragraph([apply])
            }
        }

        let place = c.countries[comp.country]
        raw.id = Self.postingID(index: comp.index).rawValue
        raw.company = comp.companyText
        raw.location = comp.location.text
        raw.country = comp.structuredCountry ? place.code?.rawValue : nil
        raw.description = document.text
        raw.workplace = comp.workplace
        raw.employmentType = employmentType(comp)
        raw.posted = comp.posted.description + (comp.timestamped ? "T09:00:00Z" : "")
        raw.expires = comp.expires.description
        raw.url = url

        var modes: [WorkMode] = []
        if comp.workplace != nil || comp.modesInText { modes = comp.modes } else if comp.location.city == "remote" {
            modes = [.remote]
        }
        let skills = Set(mentioned).union(comp.titleSkills).map { c.skills[$0].name }.sorted()
        let truth = PostingTruth(
            id: Self.postingID(index: comp.index), role: profile.role, seniority: comp.seniority, country: place.code,
            workModes: modes, skills: skills, salary: comp.salary?.truth,
            duplicateOf: comp.duplicateOf.map { Self.postingID(index: $0) }, company: company.name)
        return GeneratedPosting(raw: raw, truth: truth)
    }

    private static let permutations: [[Int]] = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]

    /// One alias of `skill`, favouring the first ones listed, skipping aliases whose required
    /// companion skill the posting lacks.
    private func alias(for skill: Int, present: Set<Int>, _ rng: inout SeededGenerator) -> String {
        let aliases = calibration.skills[skill].aliases
        var total = 0
        var weights: [Int] = []
        weights.reserveCapacity(aliases.count)
        for (index, alias) in aliases.enumerated() {
            let usable = alias.requires.map { present.contains($0) } ?? true
            let weight = usable ? (index == 0 ? 3 : index == 1 ? 2 : 1) : 0
            weights.append(weight)
            total += weight
        }
        var target = rng.int(below: total)
        for (index, weight) in weights.enumerated() {
            if target < weight { return aliases[index].text }
            target -= weight
        }
        return aliases[0].text
    }

    private func employmentType(_ comp: PostingComposition) -> String? {
        if comp.title.hasSuffix("Intern") { return "Internship" }
        if comp.salary?.format.period == .hour { return "Contract" }
        return comp.index % 4 == 3 ? nil : "Full-time"
    }
}
