/// Decodes character references in untrusted HTML text and attribute values.
///
/// Numeric references (`&#106;`, `&#x6A;`, with or without the `;`) and the named ones job
/// descriptions use; an unknown name stays literal. NUL, surrogates and out-of-range numbers become
/// U+FFFD, as browsers do.
///
///     HTMLEntities.decode("R&amp;D &#x3C;3")  // "R&D <3"
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":",
        "tab": "\t", "newline": "\n", "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{B7}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "pound": "\u{A3}",
        "euro": "\u{20AC}", "yen": "\u{A5}", "cent": "\u{A2}", "sol": "/", "lpar": "(", "rpar": ")",
        "period": ".", "comma": ",", "semi": ";", "excl": "!", "num": "#", "percnt": "%", "plus": "+",
        "equals": "=", "quest": "?",
    ]

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, length) = reference(in: scalars, at: index) {
                result.append(scalar)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The character a reference starting at `start` (an `&`) stands for, and how many scalars it spans.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            var radix: UInt32 = 10
            if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < scalars.count, let digit = digitValue(scalars[index], radix: radix) {
                value = min(value &* radix &+ digit, 0x11_0000)
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", index - start)
        }
        var name = ""
        while index < scalars.count, index - start <= 10, scalars[index].properties.isASCIIHexDigit || isLetter(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == ";", let scalar = named[name.lowercased()] else { return nil }
        return (scalar, index + 1 - start)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x61...0x66 where radix == 16: scalar.value - 0x61 + 10
        case 0x41...0x46 where radix == 16: scalar.value - 0x41 + 10
        default: nil
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }
}
