/// Finding schema.org `JobPosting` objects in JSON-LD and mapping them to `RawPosting`.
enum JobPostingLD {
    /// Every JobPosting in `value`: the value itself, elements of an array, or nested under
    /// `@graph`, `itemListElement`, `item` or `mainEntity`, in document order.
    static func postings(in value: JSONValue) -> [[JSONValue.Member]] {
        var found: [[JSONValue.Member]] = []
        collect(value, into: &found)
        return found
    }

    private static func collect(_ value: JSONValue, into found: inout [[JSONValue.Member]]) {
        switch value {
        case .array(let elements):
            for element in elements { collect(element, into: &found) }
        case .object(let members):
            if isJobPosting(members) {
                found.append(members)
                return
            }
            for member in members {
                switch member.key {
                case "@graph", "itemListElement", "item", "mainEntity": collect(member.value, into: &found)
                default: continue
                }
            }
        default: return
        }
    }

    /// An object whose `@type` is (or lists) JobPosting, with or without a vocabulary prefix.
    static func isJobPosting(_ members: [JSONValue.Member]) -> Bool {
        guard let type = members.first(where: { $0.key == "@type" })?.value else { return false }
        return type.asList.contains { element in
            guard case .string(let name) = element else { return false }
            return name == "JobPosting" || name.hasSuffix("/JobPosting") || name.hasSuffix(":JobPosting")
        }
    }

    /// True for JSON-LD objects (with `@type`, `@graph` or `@context`).
    static func isLinkedData(_ members: [JSONValue.Member]) -> Bool {
        members.contains { $0.key == "@type" || $0.key == "@graph" || $0.key == "@context" }
    }

    /// "Locality, Region, Country" of a Place (or its address, or plain text), and the country.
    static func place(_ value: JSONValue) -> (text: String?, country: String?) {
        if let text = value.scalarText { return (text, nil) }
        let address = value["address"] ?? value
        if let text = address.scalarText { return (text, nil) }
        let country = address["addressCountry"].flatMap(name)
        let parts = [address["addressLocality"].flatMap(name), address["addressRegion"].flatMap(name), country]
            .compactMap { $0.flatMap(IngestText.trimmed) }
        var unique: [String] = []
        for part in parts where !unique.contains(part) { unique.append(part) }
        return (unique.isEmpty ? value["name"]?.scalarText : unique.joined(separator: ", "), country)
    }

    /// A string, a number, or an object's `name` (Country, Organization, DefinedTerm).
    static func name(_ value: JSONValue) -> String? {
        value.scalarText ?? value["name"]?.scalarText
    }
}

extension RecordDecoder {
    /// Maps one schema.org JobPosting; `nil` when it has no title (or `name`).
    func map(jobPosting members: [JSONValue.Member]) -> RawPosting? {
        var builder = PostingBuilder()
        var locations: [String] = []
        var country: String?
        var remote = false
        var requirements: String?
        for member in members {
            let value = member.value
            switch member.key {
            case "@type", "@context", "@id": continue
            case "title": builder.add(member.key, value.scalarText, as: .field(.title))
            case "name": builder.add(member.key, value.scalarText, as: .extra)
            case "description": builder.add(member.key, value.scalarText, as: .field(.description))
            case "identifier":
                let first = value.asList.first
                builder.add(
                    member.key, first.flatMap { $0.scalarText ?? $0["value"]?.scalarText ?? $0["name"]?.scalarText },
                    as: .field(.id))
            case "hiringOrganization":
                builder.add(member.key, value.asList.first.flatMap(JobPostingLD.name), as: .field(.company))
            case "jobLocation":
                for place in value.asList {
                    let resolved = JobPostingLD.place(place)
                    if let text = resolved.text, !locations.contains(text) { locations.append(text) }
                    if country == nil { country = resolved.country }
                }
            case "jobLocationType":
                remote =
                    remote
                    || value.asList.contains {
                        $0.scalarText.map { IngestText.lowercased($0) == "telecommute" } ?? false
                    }
            case "applicantLocationRequirements":
                let names = value.asList.compactMap(JobPostingLD.name)
                if !names.isEmpty { requirements = names.joined(separator: ", ") }
            case "baseSalary", "estimatedSalary":
                addSalary(value, name: member.key, to: &builder)
            case "datePosted": builder.add(member.key, value.scalarText, as: .field(.posted))
            case "validThrough": builder.add(member.key, value.scalarText, as: .field(.expires))
            case "employmentType":
                builder.add(
                    member.key, value.asList.compactMap(\.scalarText).joined(separator: ", "),
                    as: .field(.employmentType))
            case "url", "sameAs": builder.add(member.key, value.scalarText, as: .field(.url))
            default: builder.add(member.key, value.scalarText ?? value.compactText, as: .extra)
            }
        }
        if !members.contains(where: { $0.key == "title" }), let name = members.first(where: { $0.key == "name" }) {
            builder.add("name", name.value.scalarText, as: .field(.title))
        }
        builder.add("jobLocation", locations.isEmpty ? nil : locations.joined(separator: "; "), as: .field(.location))
        builder.add("addressCountry", country ?? requirements, as: .field(.country))
        if locations.isEmpty, let requirements {
            builder.add("applicantLocationRequirements", requirements, as: .field(.location))
        }
        if remote { builder.add("jobLocationType", "remote", as: .field(.workplace)) }
        return builder.build()
    }

    /// MonetaryAmount {currency, value: QuantitativeValue {minValue, maxValue, value, unitText}}
    /// → salary min/max/currency/period; plain text or a number → `salary`.
    func addSalary(_ value: JSONValue, name: String, to builder: inout PostingBuilder) {
        guard case .object = value else {
            builder.add(name, value.scalarText, as: .field(.salary))
            return
        }
        builder.add("currency", value["currency"]?.scalarText, as: .field(.salaryCurrency))
        let amount = value["value"] ?? value
        if let single = amount.scalarText, amount["minValue"] == nil {
            builder.add("value", single, as: .salaryMidpoint)
        } else {
            builder.add("minValue", amount["minValue"]?.scalarText, as: .field(.salaryMin))
            builder.add("maxValue", amount["maxValue"]?.scalarText, as: .field(.salaryMax))
            builder.add("value", amount["value"]?.scalarText, as: .salaryMidpoint)
        }
        builder.add("unitText", (amount["unitText"] ?? value["unitText"])?.scalarText, as: .field(.salaryPeriod))
        if let currency = amount["currency"]?.scalarText {
            builder.add("currency", currency, as: .field(.salaryCurrency))
        }
    }
}
