import Foundation

extension CorpusGenerator {
    /// Draws a new posting's attributes from stream 1 of `index`.
    func composeFresh(_ index: Int) -> PostingComposition {
        let c = calibration
        var rng = SeededGenerator(seed: seed, index: index, stream: 1)
        let profileIndex = c.profileTable.pick(&rng)
        let profile = c.profiles[profileIndex]
        var level = profile.seniority.pick(&rng)
        let titleEntry = profile.titles.pick(&rng)
        var title = titleEntry.text
        var marked = false
        switch titleEntry.levels {
        case .implied(let implied):
            level = implied
            marked = true
        case .fixed:
            if level == .staff { level = .senior }
        case .markable:
            let markers = c.markers[levelIndex(level)]
            if !markers.isEmpty && rng.chance(c.setting("title_marker_" + level.rawValue, 0.8)) {
                title = markers.pick(&rng).replacingOccurrences(of: "{t}", with: title)
                marked = true
            } else if level == .staff {
                level = .senior
            }
        }
        if let specs = c.template("specialization", profile.group), rng.chance(c.setting("specialization_share", 0.15)) {
            title += ", " + specs.pick(&rng).text
        }
        let yearsLevel: Seniority? =
            if marked { rng.chance(0.6) ? level : nil }
            else if level == .mid { rng.chance(c.setting("mid_years_share", 0.5)) ? .mid : nil }
            else { level }

        let company = c.companyTable.pick(&rng)
        let companyText = companyName(company, &rng)
        let modes = c.modeCombos.pick(&rng)
        let country = modes.contains(.remote) ? c.countryTable.pick(&rng) : c.onsiteCountryTable.pick(&rng)
        let place = c.countries[country]
        let remoteLocation = modes.contains(.remote) && !place.remotes.isEmpty && (place.cities.isEmpty || rng.chance(0.35))
        let location = remoteLocation ? place.remotes.pick(&rng) : place.cities.pick(&rng)
        var workplace: String?
        if !modes.isEmpty, rng.chance(c.setting("workplace_field_share", 0.35)),
            let values = c.template("wf_" + modeKey(modes), profile.group)
        {
            workplace = values.pick(&rng).text
        }
        let modesInText = !modes.isEmpty && rng.chance(workplace == nil ? c.setting("workmode_text_share", 0.92) : 0.3)

        var skills: [Int] = []
        var groupOn: [Bool] = []
        groupOn.reserveCapacity(c.groups.count)
        for group in c.groups { groupOn.append(rng.chance(group.onShare)) }
        for index in c.skills.indices {
            let p = groupOn[c.skills[index].group] ? profile.skillOn[index] : profile.skillOff[index]
            if p > 0 && rng.chance(p) { skills.append(index) }
        }
        let salary = drawSalary(profile: profileIndex, level: level, skills: skills, titleSkills: titleEntry.skills,
            country: country, rng: &rng)
        let (posted, expires) = drawDates(&rng)
        return PostingComposition(
            index: index, textIndex: index, profile: profileIndex, title: title, titleSkills: titleEntry.skills,
            seniority: level, yearsLevel: yearsLevel, company: company, companyText: companyText, country: country,
            location: location, structuredCountry: place.code != nil && rng.chance(c.setting("structured_country_share", 0.3)),
            modes: modes, workplace: workplace, modesInText: modesInText, skills: skills, salary: salary,
            posted: posted, expires: expires, timestamped: rng.chance(0.1), html: rng.chance(c.htmlShare),
            tracking: rng.next(), boilerplateOrder: rng.int(below: 6), spacing: 0, duplicateOf: nil)
    }

    /// The same opening posted again later: new id, dates and tracking token, noisier whitespace,
    /// sometimes reordered boilerplate.
    func repost(
        of original: PostingComposition, firstCopy: Int, as index: Int, rng: inout SeededGenerator
    ) -> PostingComposition {
        var copy = original
        copy.index = index
        copy.duplicateOf = firstCopy
        copy.tracking = rng.next()
        copy.spacing = 1 + rng.int(below: 2)
        if rng.chance(0.5) { copy.boilerplateOrder = (original.boilerplateOrder + 1 + rng.int(below: 5)) % 6 }
        let asOf = calibration.asOf.dayNumber
        let posted = original.posted.dayNumber
        let shift = min(rng.int(in: 1...21), max(0, asOf - posted))
        copy.posted = original.posted.adding(days: shift)
        copy.expires = original.expires.adding(days: shift)
        return copy
    }

    /// The same opening in another city: same text and skills, new location, pay and dates.
    func sibling(of original: PostingComposition, as index: Int, rng: inout SeededGenerator) -> PostingComposition {
        let c = calibration
        var copy = original
        copy.index = index
        copy.duplicateOf = nil
        copy.tracking = rng.next()
        for attempt in 0..<12 {
            copy.country = attempt < 6 && rng.chance(0.6) ? original.country : c.onsiteCountryTable.pick(&rng)
            let cities = c.countries[copy.country].cities
            guard !cities.isEmpty else { continue }
            copy.location = cities.pick(&rng)
            if copy.location.city != original.location.city { break }
        }
        copy.structuredCountry = c.countries[copy.country].code != nil && rng.chance(c.setting("structured_country_share", 0.3))
        copy.salary = drawSalary(profile: original.profile, level: original.seniority, skills: original.skills,
            titleSkills: original.titleSkills, country: copy.country, rng: &rng)
        (copy.posted, copy.expires) = drawDates(&rng)
        return copy
    }

    /// Pay for a posting: an additive US model (intercept + seniority + profile + skills + noise)
    /// scaled to the country's currency, written in one of the currency's formats.
    func drawSalary(
        profile: Int, level: Seniority, skills: [Int], titleSkills: [Int], country: Int, rng: inout SeededGenerator
    ) -> SalaryDraw? {
        let c = calibration
        let place = c.countries[country]
        guard let currency = place.currency, rng.chance(place.salaryShare),
            let formats = c.salaryFormats[currency.rawValue], !formats.isEmpty
        else { return nil }
        let format = formats.pick(&rng)
        var usd = c.salaryIntercept + c.salaryOffset(for: level) + c.profiles[profile].salaryOffset
        for skill in skills { usd += c.skills[skill].salaryEffect }
        for skill in titleSkills where !skills.contains(skill) { usd += c.skills[skill].salaryEffect }
        usd += c.setting("salary_noise", 22_000) * rng.gaussian()
        let annual = max(28_000, usd) * place.payFactor
        let half = annual * c.setting("salary_spread", 0.14) * (0.6 + 0.8 * rng.unit())
        guard format.kind != .none else { return SalaryDraw(format: format, min: nil, max: nil) }
        let step = roundingStep(currency: currency, period: format.period)
        let perYear = Double(format.period.perYear)
        func rounded(_ value: Double) -> Int64 {
            max(step, Int64((value / perYear / Double(step)).rounded()) * step)
        }
        var low = rounded(annual - half)
        var high = rounded(annual + half)
        if high <= low { high = low + step }
        switch format.shape {
        case .range: break
        case .single: low = rounded(annual); high = low
        case .from: return SalaryDraw(format: format, min: low, max: nil)
        case .upto: return SalaryDraw(format: format, min: nil, max: high)
        }
        return SalaryDraw(format: format, min: low, max: high)
    }

    /// `posted` a roughly exponential number of days before as-of (recent postings dominate);
    /// `expires` 30–60 days later, so older postings have already expired.
    func drawDates(_ rng: inout SeededGenerator) -> (Day, Day) {
        let c = calibration
        let mean = c.setting("posted_mean_age_days", 32)
        let maxAge = Int(c.setting("posted_max_age_days", 180))
        let age = min(maxAge, Int(-mean * log(max(1e-12, 1 - rng.unit()))))
        let posted = c.asOf.adding(days: -age)
        let low = Int(c.setting("expires_min_days", 30)), high = Int(c.setting("expires_max_days", 60))
        return (posted, posted.adding(days: rng.int(in: low...max(low, high))))
    }

    /// The company's canonical name or, sometimes, a variant spelling ("ACME ANALYTICS", "Acme Analytics LLC").
    func companyName(_ index: Int, _ rng: inout SeededGenerator) -> String {
        let company = calibration.companies[index]
        guard rng.chance(0.2) else { return company.name }
        if !company.variants.isEmpty { return company.variants[rng.int(below: company.variants.count)] }
        if rng.chance(0.3) { return Self.upperASCII(company.name) }
        let legal = calibration.legalSuffixes
        return legal.isEmpty ? company.name : company.name + " " + legal[rng.int(below: legal.count)]
    }

    private func roundingStep(currency: CurrencyCode, period: PayPeriod) -> Int64 {
        switch period {
        case .year: currency == .inr ? 100_000 : 1_000
        case .month: currency == .inr ? 1_000 : 100
        case .week: 10
        case .day: 5
        case .hour: 1
        }
    }

    func levelIndex(_ level: Seniority) -> Int {
        Seniority.allCases.firstIndex(of: level) ?? 1
    }

    /// "hybrid+onsite": the modes (already sorted) joined by "+".
    func modeKey(_ modes: [WorkMode]) -> String {
        modes.map(\.rawValue).joined(separator: "+")
    }

    static func upperASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }
}
