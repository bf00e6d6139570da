/// The lines and cells of a small text file (taxonomy, role catalogue, company aliases, generator tables).
enum TextFileLines {
    /// `text` split at LF, each line numbered from 1 and without the CR of a CRLF line end.
    ///
    /// Splitting the String at `"\n"` would not do: as Characters, `"\r\n"` is one and never
    /// equals `"\n"`, so a file saved with Windows line ends would read as a single line.
    static func lines(of text: String) -> [(number: Int, text: Substring)] {
        pieces(of: text[...], at: UInt8(ascii: "\n")).enumerated().map { offset, line in
            (offset + 1, line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        }
    }

    /// Calls `body` with each line of the UTF-8 `text` as `lines(of:)` splits it (at LF, numbered
    /// from 1, the CR of a CRLF line end dropped), without a `Substring` or array per line.
    static func forEachLine(
        in text: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ line: UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        var number = 1
        var start = 0
        while true {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
            let stop = end > start && text[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
            try body(number, UnsafeBufferPointer(rebasing: text[start..<stop]))
            guard end < text.count else { return }
            number += 1
            start = end + 1
        }
    }

    /// Whether the UTF-8 `line` is empty or only spaces and tabs (as Characters: no other byte is one).
    static func isBlankLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// `line.hasPrefix("#")` of the UTF-8 `line`: its first Character is `#` alone (a `#` followed by a
    /// combining mark is another Character).
    static func isCommentLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.first == UInt8(ascii: "#") else { return false }
        return line.count == 1 || line[1] < 0x80 || String(decoding: line, as: UTF8.self).hasPrefix("#")
    }

    /// The cell of the UTF-8 `line` that starts at byte `start`: up to the next `separator` (an ASCII
    /// byte, a tab unless given) or the line's end.
    static func cell(
        of line: UnsafeBufferPointer<UInt8>, from start: Int, separator: UInt8 = UInt8(ascii: "\t")
    ) -> Range<Int> {
        var end = start
        while end < line.count, line[end] != separator { end += 1 }
        return start..<end
    }

    /// The tab-separated cells of `line`, empty cells kept (`"a\t\tb"` → `a`, ``, `b`).
    static func cells(of line: Substring, maxSplits: Int = .max) -> [Substring] {
        pieces(of: line, at: UInt8(ascii: "\t"), maxSplits: maxSplits)
    }

    /// `text` split at every `separator` byte (an ASCII byte, so never inside a multi-byte
    /// character), empty pieces kept, at most `maxSplits` times.
    ///
    /// Found on the UTF-8 bytes: splitting at `"\t"` Characters (grapheme clusters) or through the
    /// generic `split` of the UTF-8 view took most of the start-up time (the bundled gazetteer's
    /// 4,400 lines). A separator followed by a combining mark splits too.
    private static func pieces(of text: Substring, at separator: UInt8, maxSplits: Int = .max) -> [Substring] {
        var text = text
        let ends = text.withUTF8 { bytes in
            var ends: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == separator && ends.count < maxSplits {
                ends.append(offset)
            }
            return ends
        }
        let utf8 = text.utf8
        var pieces: [Substring] = []
        pieces.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        for end in ends {
            let stop = utf8.index(utf8.startIndex, offsetBy: end)
            pieces.append(text[start..<stop])
            start = utf8.index(after: stop)
        }
        pieces.append(text[start...])
        return pieces
    }

    /// `text.split(separator: separator)`: the non-empty pieces between `separator` Characters.
    ///
    /// An ASCII `text` is split at the separator's byte without walking Characters (in ASCII only
    /// CR LF joins two scalars into one Character, so the separator must not be CR or LF); other
    /// text takes `split`, where a separator followed by a combining mark does not split.
    static func split(_ text: String, at separator: Character) -> [Substring] {
        guard let byte = separator.asciiValue, byte != UInt8(ascii: "\r"), byte != UInt8(ascii: "\n"),
            text.utf8.allSatisfy({ $0 < 0x80 })
        else { return text.split(separator: separator) }
        return pieces(of: text[...], at: byte).filter { !$0.isEmpty }
    }

    /// `text` without leading and trailing tabs and space separators (Foundation's `.whitespaces`,
    /// without its bridging: those trims were half the time of loading a 10,000-alias taxonomy).
    /// The kept part is sliced by its scalar indices and copied whole (building the String scalar by
    /// scalar cost ~10,000 instructions a cell: a third of the bundled catalogues' start-up).
    ///
    /// When both ends stop at ASCII (a byte below 0x80 that is not a tab or space is a whole
    /// non-blank scalar) the kept bytes are found and copied without walking scalars.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiTrimmed), let ascii { return ascii }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) }) ?? first
        return String(text[first..<scalars.index(after: last)])
    }

    /// ``trimmed(_:)`` of the UTF-8 `text` (valid UTF-8, e.g. a cell of a String's bytes cut at tabs).
    static func trimmed(_ text: UnsafeBufferPointer<UInt8>) -> String {
        asciiTrimmed(text) ?? trimmed(String(decoding: text, as: UTF8.self))
    }

    /// `text` trimmed of tabs and spaces when both kept ends are ASCII, else `nil`.
    private static func asciiTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var first = 0
        var end = bytes.count
        while first < end, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t") { first += 1 }
        while end > first, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard first == end || (bytes[first] < 0x80 && bytes[end - 1] < 0x80) else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<end]), as: UTF8.self)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}
