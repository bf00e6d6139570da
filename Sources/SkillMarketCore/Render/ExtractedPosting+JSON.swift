extension ExtractedPosting {
    /// One `extract` output line: id, title, company, then the SPEC section 2 fields.
    public func writeJSON(to json: inout JSONWriter) {
        json.object { json in
            writeFieldsBeforeDuplicateOf(to: &json)
            json.field("duplicate_of", duplicateOf?.rawValue)
        }
    }

    /// Every field of the line but the last, `duplicate_of` (see ``PendingExtractLine``).
    fileprivate func writeFieldsBeforeDuplicateOf(to json: inout JSONWriter) {
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
    }
}

/// An `extract` output line written up to its last field, `duplicate_of`, which only the in-order pass
/// over the postings can decide: the extraction workers write the rest, in parallel, and the in-order
/// pass only appends that field (``ExtractedPosting/writeJSON(to:)`` gives the same bytes).
public struct PendingExtractLine: Sendable {
    private var json = JSONWriter()

    public init(_ posting: ExtractedPosting) {
        json.openObject()
        posting.writeFieldsBeforeDuplicateOf(to: &json)
    }

    /// The whole line (without a line break).
    public consuming func finished(duplicateOf: PostingID?) -> [UInt8] {
        json.field("duplicate_of", duplicateOf?.rawValue)
        json.closeObject()
        return json.bytes
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
