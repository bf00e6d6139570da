/// The lines and cells of a small text file (taxonomy, role catalogue, company aliases, generator tables).
enum TextFileLines {
    /// `text` split at LF, each line numbered from 1 and without the CR of a CRLF line end.
    ///
    /// Splitting the String at `"\n"` would not do: as Characters, `"\r\n"` is one and never
    /// equals `"\n"`, so a file saved with Windows line ends would read as a single line.
    static func lines(of text: String) -> [(number: Int, text: Substring)] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            offset, scalars in
            (offset + 1, Substring(scalars.last == "\r" ? scalars.dropLast() : scalars))
        }
    }

    /// `text` without leading and trailing tabs and space separators (Foundation's `.whitespaces`,
    /// without its bridging: those trims were half the time of loading a 10,000-alias taxonomy).
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) }) ?? first
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}
