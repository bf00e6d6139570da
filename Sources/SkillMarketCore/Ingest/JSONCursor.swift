import Foundation

/// The parsing state behind `JSONParser`: a position in a byte buffer.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var position = 0
    var depth = 0
    /// Whether the last string `parseString` read held an escape.
    private(set) var lastStringHadEscape = false

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        if position + 3 <= bytes.count, bytes[position] == 0xEF, bytes[position + 1] == 0xBB,
            bytes[position + 2] == 0xBF
        {
            position += 3
            skipWhitespace()
        }
        guard position < bytes.count else { throw failure("empty input", at: position) }
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else {
            throw failure("unexpected \(describe(bytes[position])) after the value", at: position)
        }
        return value
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard position < bytes.count else { throw failure("unexpected end of input", at: position) }
        switch bytes[position] {
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected \(describe(bytes[position]))", at: position)
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        let start = position
        try enter(at: start)
        position += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw failure("unterminated object", at: start) }
            guard bytes[position] == UInt8(ascii: "\"") else {
                throw failure("expected a key string, found \(describe(bytes[position]))", at: position)
            }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw failure("expected ':' after key \"\(key)\"", at: position)
            }
            position += 1
            skipWhitespace()
            members.append(JSONValue.Member(key: key, value: try parseValue()))
            skipWhitespace()
            guard position < bytes.count else { throw failure("unterminated object", at: start) }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return .object(members)
            default: throw failure("expected ',' or '}', found \(describe(bytes[position]))", at: position)
            }
        }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        let start = position
        try enter(at: start)
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw failure("unterminated array", at: start) }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default: throw failure("expected ',' or ']', found \(describe(bytes[position]))", at: position)
            }
        }
    }

    mutating func enter(at offset: Int) throws(JSONParseError) {
        depth += 1
        if depth > maxDepth { throw failure("nesting deeper than \(maxDepth)", at: offset) }
    }

    /// Parses the string starting at the opening quote; without escapes it is one copy.
    mutating func parseString() throws(JSONParseError) -> String {
        let start = position
        position += 1
        let contentStart = position
        position = nextStringSpecial(from: position)
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
                position += 1
                lastStringHadEscape = false
                return text
            }
            if byte == UInt8(ascii: "\\") {
                lastStringHadEscape = true
                return try parseEscapedString(from: contentStart, quote: start)
            }
            if byte == 0x0A || byte == 0x0D { break }
            position += 1
        }
        throw failure("unterminated string", at: start)
    }

    /// Index of the first `"`, `\\`, LF or CR at or after `start` (or the end), 8 bytes at a time.
    @inline(__always)
    func nextStringSpecial(from start: Int) -> Int {
        var index = start
        guard let base = bytes.baseAddress else { return index }
        while index + 8 <= bytes.count {
            let word = ByteLanes.load(base, at: index)
            var found: UInt64 = 0
            for target in [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x0A, 0x0D] as [UInt8] {
                found |= ByteLanes.equal(word, to: target)
            }
            if found != 0 { return index + ByteLanes.firstLane(of: found) }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x0A || byte == 0x0D { return index }
            index += 1
        }
        return index
    }

    /// The rest of a string holding escapes (`position` is at the first backslash), in one pass:
    /// each escape is checked (the errors, in input order) and decoded, and the runs between them
    /// are copied, into a buffer the rest of the input bounds (decoding never lengthens the text).
    private mutating func parseEscapedString(from contentStart: Int, quote: Int) throws(JSONParseError) -> String {
        guard let base = bytes.baseAddress else { throw failure("unterminated string", at: quote) }
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - contentStart)
        defer { output.deallocate() }
        var written = position - contentStart
        output.update(from: base + contentStart, count: written)
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: UnsafeBufferPointer(start: output, count: written), as: UTF8.self)
            }
            if byte == 0x0A || byte == 0x0D { break }
            guard position + 1 < bytes.count else { break }
            let escape = bytes[position + 1]
            if escape == UInt8(ascii: "u") {
                for byte in UTF8.encode(try unicodeEscape()) ?? UTF8.EncodedScalar() {
                    output[written] = byte
                    written += 1
                }
            } else {
                guard let decoded = Self.decoded(escape) else {
                    throw failure("invalid escape '\\\(describe(escape, quoted: false))'", at: position)
                }
                output[written] = decoded
                written += 1
                position += 2
            }
            let run = nextStringSpecial(from: position) - position
            (output + written).update(from: base + position, count: run)
            written += run
            position += run
        }
        throw failure("unterminated string", at: quote)
    }

    /// The byte a one-letter escape (`\n`, `\"`, …) stands for, or `nil` when it is not one.
    private static func decoded(_ escape: UInt8) -> UInt8? {
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): escape
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        default: nil
        }
    }

    /// Reads the `\uXXXX` escape at `position` (joined with a following low-surrogate escape) and
    /// moves past it; a lone surrogate is U+FFFD.
    private mutating func unicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let first = try hex4(escape: position)
        position += 6
        var value = first
        if (0xD800...0xDBFF).contains(first) {
            value = 0xFFFD
            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let second = try hex4(escape: position)
                if (0xDC00...0xDFFF).contains(second) {
                    value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    position += 6
                }
            }
        } else if (0xDC00...0xDFFF).contains(first) {
            value = 0xFFFD
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The 4 hex digits of the `\u` escape starting at `escape`.
    private func hex4(escape: Int) throws(JSONParseError) -> UInt32 {
        guard escape + 6 <= bytes.count else { throw failure("truncated \\u escape", at: escape) }
        guard let value = Self.hexValue(in: bytes, at: escape + 2) else { throw failure("invalid \\u escape", at: escape) }
        return value
    }

    /// The 4 hex digits at `index`, or `nil` when they are not hex or run past the end.
    private static func hexValue(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    mutating func parseNumber() throws(JSONParseError) -> String {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard skipDigits() > 0 else { throw failure("invalid number", at: start) }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard skipDigits() > 0 else { throw failure("invalid number", at: start) }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard skipDigits() > 0 else { throw failure("invalid number", at: start) }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
        return position - start
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        let matches =
            position + count <= bytes.count
            && (0..<count).allSatisfy {
                bytes[position + $0] == literal.utf8Start[$0]
            }
        guard matches else { throw failure("unexpected \(describe(bytes[position]))", at: position) }
        position += count
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private func describe(_ byte: UInt8, quoted: Bool = true) -> String {
        let text = byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
        return quoted ? "'\(text)'" : text
    }

    private func failure(_ reason: String, at offset: Int) -> JSONParseError {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONParseError(reason: reason, line: line, column: offset - lineStart + 1)
    }
}
