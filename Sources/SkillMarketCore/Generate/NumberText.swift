/// Integer formatting for pay texts without Foundation formatters (hot path).
enum NumberText {
    /// Digits with a separator every three digits: `grouped(150000, ",")` → "150,000".
    static func grouped(_ value: Int64, separator: Character) -> String {
        let digits = String(value)
        guard digits.count > 3 else { return digits }
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        let lead = digits.count % 3
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (offset - lead) % 3 == 0 { result.append(separator) }
            result.append(character)
        }
        return result
    }

    /// Indian grouping (last three digits, then pairs): `lakh(2500000)` → "25,00,000".
    static func lakh(_ value: Int64) -> String {
        let digits = Array(String(value))
        guard digits.count > 3 else { return String(digits) }
        let head = digits[..<(digits.count - 3)]
        var result = ""
        for (offset, character) in head.enumerated() {
            if offset > 0 && (head.count - offset) % 2 == 0 { result.append(",") }
            result.append(character)
        }
        return result + "," + String(digits[(digits.count - 3)...])
    }

    /// Zero-padded decimal: `padded(42, width: 5)` → "00042".
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
