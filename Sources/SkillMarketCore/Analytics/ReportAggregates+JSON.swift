extension ReportAggregates {
    /// The document as compact JSON, every map's keys sorted so equal counts give equal text:
    ///
    ///     {"schema":"skillmarket.aggregates/1",
    ///      "filters":{"role":…|null,"as_of":"YYYY-MM-DD"|null,"country":…|null,
    ///                 "salary_country":"US","salary_currency":"USD"|null (the country's usual one)},
    ///      "postings":{"input":n,"rejected":n,"duplicates":n,"in_role":n,"analyzed":n},
    ///      "skills":{name:n}, "families":{name:n}, "pairs":[[a,b,n]] (a < b),
    ///      "seniority":{level:n}, "countries":{code:n}, "work_modes":{mode:n}, "work_mode_unknown":n,
    ///      "companies":{name:n},
    ///      "baseline_salaries":[[amount,postings]], "skill_salaries":{skill:[[amount,postings]]}}
    ///
    /// Counts are of analysed postings except `postings`; amounts are base annual midpoints in
    /// whole units of `salary_currency`, ascending.
    public func json() -> String {
        let totals = accumulator
        var json = JSONWriter()
        json.object { json in
            json.field("schema", Self.schema)
            json.key("filters")
            json.object { json in
                json.field("role", options.role?.rawValue)
                json.field("as_of", options.asOf?.description)
                json.field("country", options.country?.rawValue)
                json.field("salary_country", options.salaryCountry.rawValue)
                json.field("salary_currency", options.salaryCurrency.rawValue)
            }
            json.key("postings")
            json.object { json in
                json.field("input", counts.input)
                json.field("rejected", counts.rejected)
                json.field("duplicates", counts.duplicates)
                json.field("in_role", counts.inRole)
                json.field("analyzed", totals.analyzed)
            }
            Self.write(counts: totals.skillCounts.map { ($0.key.rawValue, $0.value) }, as: "skills", to: &json)
            Self.write(counts: totals.familyCounts.map { ($0.key, $0.value) }, as: "families", to: &json)
            json.key("pairs")
            json.array { json in
                for (pair, count) in totals.pairCounts.sorted(by: { ($0.key.first, $0.key.second) < ($1.key.first, $1.key.second) }) {
                    json.array { json in
                        json.string(pair.first.rawValue)
                        json.string(pair.second.rawValue)
                        json.integer(Int64(count))
                    }
                }
            }
            Self.write(counts: totals.seniorityCounts.map { ($0.key.rawValue, $0.value) }, as: "seniority", to: &json)
            Self.write(counts: totals.countryCounts.map { ($0.key.rawValue, $0.value) }, as: "countries", to: &json)
            Self.write(counts: totals.workModeCounts.map { ($0.key.rawValue, $0.value) }, as: "work_modes", to: &json)
            json.field("work_mode_unknown", totals.workModeUnknown)
            Self.write(counts: totals.companyCounts.map { ($0.key, $0.value) }, as: "companies", to: &json)
            json.key("baseline_salaries")
            Self.write(histogramOf: totals.baselineSalaries, to: &json)
            json.key("skill_salaries")
            json.object { json in
                for (skill, salaries) in totals.skillSalaries.sorted(by: { $0.key < $1.key }) {
                    json.key(skill.rawValue)
                    Self.write(histogramOf: salaries, to: &json)
                }
            }
        }
        return json.text
    }

    private static func write(counts: [(String, Int)], as name: String, to json: inout JSONWriter) {
        json.key(name)
        json.object { json in
            for (key, count) in counts.sorted(by: { $0.0 < $1.0 }) { json.field(key, count) }
        }
    }

    /// `[[amount, postings], …]` ascending by amount.
    private static func write(histogramOf values: [Int64], to json: inout JSONWriter) {
        var histogram: [Int64: Int] = [:]
        for value in values { histogram[value, default: 0] += 1 }
        json.array { json in
            for (amount, postings) in histogram.sorted(by: { $0.key < $1.key }) {
                json.array { json in
                    json.integer(amount)
                    json.integer(Int64(postings))
                }
            }
        }
    }
}
