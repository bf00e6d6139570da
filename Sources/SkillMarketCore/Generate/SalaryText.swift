/// Writes pay amounts into a salary pattern from `salary_formats.tsv`.
///
///     SalaryText.render("${mink}-{maxk}k", min: 120_000, max: 150_000)     // "$120-150k"
///     SalaryText.render("₹{minlakh} - ₹{maxlakh}", min: 2_500_000, max: 3_500_000)
///                                                                       // "₹25,00,000 - ₹35,00,000"
///
/// Placeholders: `{min}` digits, `{min,}` comma groups, `{min.}` dot groups, `{mink}` thousands,
/// `{minL}` lakhs, `{minlakh}` Indian grouping; the same for `max`. A missing amount writes nothing.
enum SalaryText {
    static func render(_ pattern: String, min: Int64?, max: Int64?) -> String {
        var result = ""
        result.reserveCapacity(pattern.utf8.count + 16)
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[rest.startIndex..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            let value = name.hasPrefix("min") ? min : max
            let style = name.dropFirst(3)
            if let value { result += format(value, style: style) }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    private static func format(_ value: Int64, style: Substring) -> String {
        switch style {
        case ",": NumberText.grouped(value, separator: ",")
        case ".": NumberText.grouped(value, separator: ".")
        case "k": String(value / 1_000)
        case "L": String(value / 100_000)
        case "lakh": NumberText.lakh(value)
        default: String(value)
        }
    }
}
