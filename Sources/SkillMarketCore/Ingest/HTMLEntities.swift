import Foundation

/// HTML character references: the common named ones and numeric `&#...;` / `&#x...;`.
///
/// The one entity decoder of the package: ingest (`HTMLText`) and the server's sanitiser use it.
public enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "sbquo": "\u{201A}", "bdquo": "\u{201E}",
        "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{00B7}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}", "pound": "\u{00A3}", "yen": "\u{00A5}",
        "cent": "\u{00A2}", "sect": "\u{00A7}", "deg": "\u{00B0}", "plusmn": "\u{00B1}", "times": "\u{00D7}",
        "divide": "\u{00F7}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "iexcl": "\u{00A1}",
        "iquest": "\u{00BF}", "eacute": "\u{00E9}", "egrave": "\u{00E8}", "aacute": "\u{00E1}",
        "agrave": "\u{00E0}", "oacute": "\u{00F3}", "iacute": "\u{00ED}", "uacute": "\u{00FA}",
        "uuml": "\u{00FC}", "ouml": "\u{00F6}", "auml": "\u{00E4}", "Uuml": "\u{00DC}", "Ouml": "\u{00D6}",
        "Auml": "\u{00C4}", "szlig": "\u{00DF}", "ccedil": "\u{00E7}", "ntilde": "\u{00F1}",
        "shy": "", "zwnj": "", "zwj": "", "thinsp": " ", "ensp": " ", "emsp": " ", "rarr": "\u{2192}",
        "larr": "\u{2190}", "check": "\u{2713}", "frac12": "\u{00BD}", "ordm": "\u{00BA}", "ordf": "\u{00AA}",
    ]

    /// `named` by packed name (`PackedWordTable`); `nil` values stand for no text ("&shy;").
    private static let namedTable = PackedWordTable(named.map { (word: $0.key, value: $0.value.unicodeScalars.first) })

    /// `text` with every known reference decoded; unknown or unterminated ones stay literal.
    ///
    ///     HTMLEntities.decode("R&amp;D &#x3C;3")  // "R&D <3"
    public static func decode(_ text: String) -> String {
        let knownASCII = text.utf8Span.isKnownASCII
        var copy = text
        return copy.withUTF8 { decodeAll($0, knownASCII: knownASCII) } ?? text
    }

    /// The text of `bytes`, the UTF-8 of a `String` (`knownASCII` when it is known to be ASCII),
    /// with every known reference decoded; `nil` when there is none.
    static func decodeAll(_ bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var start = 0
        while let found = memchr(base + start, Int32(UInt8(ascii: "&")), bytes.count - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if let first = decode(bytes, at: index) {
                return decodeAll(bytes, knownASCII: knownASCII, first: first, at: index)
            }
            start = index + 1
        }
        return nil
    }

    private static func decodeAll(
        _ bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool, first: (text: Unicode.Scalar?, end: Int),
        at firstStart: Int
    ) -> String {
        var out = HTMLTextBuffer(capacity: bytes.count, knownASCII: knownASCII)
        for index in 0..<firstStart { out.append(bytes[index]) }
        if let text = first.text { out.append(text) }
        var index = first.end
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), let entity = decode(bytes, at: index) {
                if let text = entity.text { out.append(text) }
                index = entity.end
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out.string()
    }

    /// Decodes the reference starting at `bytes[start]` (which is `&`): the scalar it stands for
    /// (`nil` for no text) and the index after its `;`; `nil` when it is not a known reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (text: Unicode.Scalar?, end: Int)? {
        let limit = min(bytes.count, start + 34)
        var index = start + 1
        while index < limit, bytes[index] != UInt8(ascii: ";") {
            let byte = bytes[index]
            guard byte.isASCIILetterOrDigit || byte == UInt8(ascii: "#") else { return nil }
            index += 1
        }
        guard index < limit, index > start + 1 else { return nil }
        let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index])
        if body[0] == UInt8(ascii: "#") {
            guard let scalar = numeric(UnsafeBufferPointer(rebasing: body[1...])) else { return nil }
            return (scalar, index + 1)
        }
        guard body.count <= 8, let text = namedTable.lookup(PackedWordTable<Unicode.Scalar?>.pack(body), length: body.count)
        else { return nil }
        return (text, index + 1)
    }

    /// "38" or "x2F" → the scalar; invalid code points become U+FFFD.
    private static func numeric(_ digits: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard !digits.isEmpty else { return nil }
        let isHex = digits[0] | 0x20 == UInt8(ascii: "x")
        var value: UInt32 = 0
        var count = 0
        for byte in digits.dropFirst(isHex ? 1 : 0) {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where isHex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where isHex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            count += 1
            guard count <= 8 else { return "\u{FFFD}" }
            value = value * (isHex ? 16 : 10) + digit
        }
        guard count > 0 else { return nil }
        return value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
