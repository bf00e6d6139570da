/// The lines of a small text file (taxonomy, role catalogue, company aliases, generator tables).
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
}
