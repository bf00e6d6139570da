extension GeneratedPosting {
    /// The input line: SPEC section 1 field names, optional fields omitted when absent.
    ///
    ///     {"id":"gen-00000001","title":"Senior ML Engineer","company":"…","location":"Toronto, ON",…}
    public func writeRawJSON(to json: inout JSONWriter) {
        json.object { json in
            json.optionalField("id", raw.id)
            json.field("title", raw.title)
            json.optionalField("company", raw.company)
            json.optionalField("location", raw.location)
            json.optionalField("country", raw.country)
            json.optionalField("description", raw.description)
            json.optionalField("salary", raw.salary)
            json.optionalField("salary_min", raw.salaryMin)
            json.optionalField("salary_max", raw.salaryMax)
            json.optionalField("salary_currency", raw.salaryCurrency)
            json.optionalField("salary_period", raw.salaryPeriod)
            json.optionalField("workplace", raw.workplace)
            json.optionalField("employment_type", raw.employmentType)
            json.optionalField("posted", raw.posted)
            json.optionalField("expires", raw.expires)
            json.optionalField("url", raw.url)
        }
    }

    /// The truth line: `{"id","role","seniority","country","work_modes","skills","salary","duplicate_of","company"}`;
    /// `salary` is `{"annual_min","annual_max","currency","period","base"}` in currency units, or `null`.
    public func writeTruthJSON(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", truth.id.rawValue)
            json.field("role", truth.role?.rawValue)
            json.field("seniority", truth.seniority.rawValue)
            json.field("country", truth.country?.rawValue)
            json.field("work_modes", strings: truth.workModes.map(\.rawValue))
            json.field("skills", strings: truth.skills.map(\.rawValue))
            json.key("salary")
            if let salary = truth.salary {
                json.object { json in
                    json.field("annual_min", salary.annualMin)
                    json.field("annual_max", salary.annualMax)
                    json.field("currency", salary.currency.rawValue)
                    json.field("period", salary.period.rawValue)
                    json.field("base", salary.base)
                }
            } else {
                json.null()
            }
            json.field("duplicate_of", truth.duplicateOf?.rawValue)
            json.field("company", truth.company)
        }
    }

    /// The input line as text, without a trailing newline.
    public var rawLine: String {
        var json = JSONWriter()
        writeRawJSON(to: &json)
        return json.text
    }

    /// The truth line as text, without a trailing newline.
    public var truthLine: String {
        var json = JSONWriter()
        writeTruthJSON(to: &json)
        return json.text
    }
}

extension JSONWriter {
    /// Writes `name: value` only when `value` is present.
    mutating func optionalField(_ name: String, _ value: String?) {
        if let value { field(name, value) }
    }
}
