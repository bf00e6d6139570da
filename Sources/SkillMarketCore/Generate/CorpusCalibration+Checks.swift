extension CorpusCalibration {
    /// The additive seniority offset (USD) of the US salary model.
    func salaryOffset(for level: Seniority) -> Double {
        switch level {
        case .entry: setting("salary_entry", -55_000)
        case .mid: setting("salary_mid", -12_000)
        case .senior: setting("salary_senior", 18_000)
        case .staff: setting("salary_staff", 50_000)
        }
    }

    /// The model's constant term, chosen so that the first profile's average posting (its seniority
    /// mix and skill shares) lands on `salary_baseline`.
    func calibratedIntercept() -> Double {
        let baseline = setting("salary_baseline", 193_000)
        guard let profile = profiles.first else { return baseline }
        var expected = 0.0
        for (index, level) in profile.seniority.items.enumerated() {
            expected += profile.seniority.weight(at: index) / max(profile.seniority.total, 1e-9) * salaryOffset(for: level)
        }
        for (index, skill) in skills.enumerated() { expected += profile.skillShare[index] * skill.salaryEffect }
        return baseline - expected
    }

    /// Rejects vocabularies the generator could not draw from.
    func validate() throws(GeneratorDataError) {
        guard !profiles.isEmpty, !profileTable.isEmpty else {
            throw GeneratorDataError(file: "profiles.tsv", line: 0, message: "no profiles with weight")
        }
        guard !countryTable.isEmpty, !onsiteCountryTable.isEmpty, !modeCombos.isEmpty else {
            throw GeneratorDataError(file: "countries.tsv", line: 0, message: "no countries, cities or work modes")
        }
        for profile in profiles {
            for kind in ["intro", "about", "team", "h_resp", "h_req", "h_nice", "h_benefits", "resp_filler", "req_filler",
                "benefit", "eeo", "apply"] where template(kind, profile.group) == nil {
                throw GeneratorDataError(
                    file: "templates.tsv", line: 0, message: "no \"\(kind)\" sentences for group \"\(profile.group)\"")
            }
        }
    }

    /// The sentences of `kind` for a profile group with `arity` skill slots; the group's own
    /// sentences, or the "all" group's when it has none.
    func template(_ kind: String, _ group: String, arity: Int = 0) -> WeightedTable<TextTemplate>? {
        templates[Self.templateKey(kind, group, arity: arity)] ?? templates[Self.templateKey(kind, "all", arity: arity)]
    }
}
