/// The one escaper for text placed in Markdown lines and table cells.
public enum MarkdownEscaping {
    /// Line breaks flattened, `<` as `&lt;`, and backslashes, pipes, brackets, backticks, `*` and `_`
    /// backslash-escaped, so a label can neither break a table nor become a link, code or emphasis.
    ///
    ///     MarkdownEscaping.escape("[x](javascript:alert(1)) | y")  // "\[x\](javascript:alert(1)) \| y"
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "|", "[", "]", "`", "*", "_": result += "\\" + String(character)
            case "\n", "\r", "\r\n": result += " "
            case "<": result += "&lt;"
            default: result.append(character)
            }
        }
        return result
    }
}
