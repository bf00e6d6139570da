/// The one escaper for text placed in HTML, SVG or XML (element text and quoted attributes).
public enum HTMLEscaping {
    /// Escapes `& < > " '`; everything else passes through.
    ///
    ///     HTMLEscaping.escape("R&D <b>")  // "R&amp;D &lt;b&gt;"
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
