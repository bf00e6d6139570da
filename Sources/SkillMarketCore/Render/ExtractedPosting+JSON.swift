extension ExtractedPosting {
    /// One `extract` output line: id, title, company, then the SPEC section 2 fields.
    public func writeJSON(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", id.rawValue)
            json.field("title", title)
            json.field("company", company)
            json.field("location", location)
            json.field("role", role?.rawValue)
            json.field("seniority", seniority.rawValue)
            json.field("country", country?.rawValue)
            json.field("work_modes", strings: workModes.map(\.rawValue))
            json.key("salary")
            if let salary { salary.writeJSON(to: &json) } else { json.null() }
            json.field("skills", strings: skills.map(\.rawValue))
            json.field("families", strings: families)
            json.field("posted", posted?.description)
            json.field("expires", expires?.description)
            json.field("duplicate_of", duplicateOf?.rawValue)
        }
    }
}

extension Salary {
    /// `{currency, period, min, max, annual_min, annual_max, base}` with amounts in currency units.
    public func writeJSON(to json: inout JSONWriter) {
        json.object { json in
            json.field("currency", currency.rawValue)
            json.field("period", period.rawValue)
            json.field("min", min)
            json.field("max", max)
            json.field("annual_min", annualMin)
            json.field("annual_max", annualMax)
            json.field("base", base)
        }
    }
}
