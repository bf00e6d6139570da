extension Report {
    /// The stable JSON contract (SPEC section 3), keys in contract order, shares to 3 decimals,
    /// lifts to 2, money in whole currency units. Pairs add `significant` (see `PairRow`).
    public func json() -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("schema", Report.schema)
            json.field("role", role?.rawValue)
            json.field("as_of", asOf?.description)
            json.key("postings")
            json.object { json in
                json.field("input", postings.input)
                json.field("rejected", postings.rejected)
                json.field("duplicates", postings.duplicates)
                json.field("distinct", postings.distinct)
                json.field("in_role", postings.inRole)
                json.field("analyzed", postings.analyzed)
            }
            json.key("salary_baseline")
            if let baseline = salaryBaseline {
                json.object { json in
                    json.field("currency", baseline.currency.rawValue)
                    json.field("country", baseline.country.rawValue)
                    baseline.estimate.writeJSONFields(to: &json)
                }
            } else {
                json.null()
            }
            json.key("skills")
            json.array { json in
                for row in skills {
                    json.object { json in
                        json.field("skill", row.skill.rawValue)
                        json.field("family", row.family)
                        json.field("postings", row.postings)
                        json.key("share")
                        json.number(row.share)
                        json.field("tier", row.tier.rawValue)
                        json.key("salary")
                        if let salary = row.salary {
                            json.object { json in
                                salary.estimate.writeJSONFields(to: &json)
                                json.key("premium")
                                json.integer(salary.premium)
                            }
                        } else {
                            json.null()
                        }
                    }
                }
            }
            Self.writeShares("families", key: "family", families, to: &json)
            json.key("pairs")
            json.array { json in
                for pair in pairs {
                    json.object { json in
                        json.field("a", pair.a.rawValue)
                        json.field("b", pair.b.rawValue)
                        json.field("postings", pair.postings)
                        json.key("share")
                        json.number(pair.share)
                        json.key("lift")
                        json.number(pair.association.lift, digits: 2)
                        json.field("significant", pair.significant)
                    }
                }
            }
            Self.writeShares("seniority", key: "level", seniority, to: &json)
            Self.writeShares("countries", key: "country", countries, to: &json)
            Self.writeShares("work_modes", key: "mode", workModes, to: &json)
            json.key("companies")
            json.array { json in
                for company in companies {
                    json.object { json in
                        json.field("company", company.company)
                        json.field("postings", company.postings)
                    }
                }
            }
        }
        return json.text
    }

    private static func writeShares(_ name: String, key: String, _ rows: [ShareRow], to json: inout JSONWriter) {
        json.key(name)
        json.array { json in
            for row in rows {
                json.object { json in
                    json.field(key, row.name)
                    json.field("postings", row.postings)
                    json.key("share")
                    json.number(row.share)
                }
            }
        }
    }
}

extension MedianEstimate {
    /// `"median":…,"n":…,"ci_low":…,"ci_high":…` inside the object being written.
    func writeJSONFields(to json: inout JSONWriter) {
        json.key("median")
        json.integer(median)
        json.field("n", n)
        json.key("ci_low")
        json.integer(low)
        json.key("ci_high")
        json.integer(high)
    }
}
