extension Comparison {
    /// The `skillmarket.compare/1` JSON: snake_case keys in a fixed order, shares and deltas as
    /// fractions to 3 decimals, p- and q-values to 6, money in whole currency units.
    ///
    ///     {"schema":"skillmarket.compare/1","test":{…},"sides":[{"label":"a.jsonl","role":…,
    ///      "as_of":…,"postings":{…},"salary_baseline":{…}|null},…],
    ///      "salary_baseline":{"currency":"USD","sides":[{"median":…,"n":…,"ci_low":…,"ci_high":…}|null,…],
    ///                         "difference":…|null,"intervals_overlap":true|false|null},
    ///      "skills":[{"skill":"Python","family":"…","sides":[{"postings":3,"share":0.75},…],
    ///                 "delta":-0.5,"p_value":…,"q_value":…,"significant":false,"salary":{…}|null}],
    ///      "families":[{"family":…}],"seniority":[{"level":…}],"countries":[{"country":…}],
    ///      "work_modes":[{"mode":…}]}
    ///
    /// `delta` is the last side's share minus the first side's (B − A for two sides).
    public func json() -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("schema", Comparison.schema)
            json.key("test")
            json.object { json in
                json.field("delta", "last side minus first side")
                json.field("test", "two-proportion z-test, pooled, two-sided")
                json.field("adjustment", "benjamini-hochberg within each table")
                json.key("false_discovery_rate")
                json.number(Comparison.falseDiscoveryRate)
            }
            json.key("sides")
            json.array { json in
                for side in sides { Self.writeSide(side, to: &json) }
            }
            json.key("salary_baseline")
            Self.writeSalary(salaryBaseline, to: &json)
            json.key("skills")
            json.array { json in
                for row in skills {
                    json.object { json in
                        json.field("skill", row.skill.rawValue)
                        json.field("family", row.family)
                        Self.writeShareFields(row.share, to: &json)
                        json.key("salary")
                        if row.salary.hasData { Self.writeSalary(row.salary, to: &json) } else { json.null() }
                    }
                }
            }
            Self.writeShares("families", key: "family", families, to: &json)
            Self.writeShares("seniority", key: "level", seniority, to: &json)
            Self.writeShares("countries", key: "country", countries, to: &json)
            Self.writeShares("work_modes", key: "mode", workModes, to: &json)
        }
        return json.text
    }

    private static func writeSide(_ side: Side, to json: inout JSONWriter) {
        let report = side.report
        json.object { json in
            json.field("label", side.label)
            json.field("role", report.role?.rawValue)
            json.field("as_of", report.asOf?.description)
            json.key("postings")
            json.object { json in
                json.field("input", report.postings.input)
                json.field("rejected", report.postings.rejected)
                json.field("duplicates", report.postings.duplicates)
                json.field("distinct", report.postings.distinct)
                json.field("in_role", report.postings.inRole)
                json.field("analyzed", report.postings.analyzed)
            }
            json.key("salary_baseline")
            if let baseline = report.salaryBaseline {
                json.object { json in
                    json.field("currency", baseline.currency.rawValue)
                    json.field("country", baseline.country.rawValue)
                    baseline.estimate.writeJSONFields(to: &json)
                }
            } else {
                json.null()
            }
        }
    }

    private static func writeShareFields(_ row: ShareDelta, to json: inout JSONWriter) {
        json.key("sides")
        json.array { json in
            for cell in row.cells {
                json.object { json in
                    json.field("postings", cell.postings)
                    json.key("share")
                    json.number(cell.share)
                }
            }
        }
        json.key("delta")
        json.number(row.delta)
        json.key("p_value")
        json.number(row.pValue, digits: 6)
        json.key("q_value")
        json.number(row.qValue, digits: 6)
        json.field("significant", row.significant)
    }

    private static func writeShares(_ name: String, key: String, _ rows: [ShareDelta], to json: inout JSONWriter) {
        json.key(name)
        json.array { json in
            for row in rows {
                json.object { json in
                    json.field(key, row.name)
                    writeShareFields(row, to: &json)
                }
            }
        }
    }

    private static func writeSalary(_ salary: SalaryDelta, to json: inout JSONWriter) {
        json.object { json in
            json.field("currency", salary.currency.rawValue)
            json.key("sides")
            json.array { json in
                for estimate in salary.estimates {
                    if let estimate {
                        json.object { json in estimate.writeJSONFields(to: &json) }
                    } else {
                        json.null()
                    }
                }
            }
            json.key("difference")
            json.integer(salary.difference)
            json.key("intervals_overlap")
            if let overlap = salary.intervalsOverlap { json.bool(overlap) } else { json.null() }
        }
    }
}
