/// Splits HTML into text runs and tags, the way the sanitiser needs (not a full HTML5 parser).
///
/// Tag and attribute names are ASCII-lowercased; attribute values are raw (entities not decoded).
/// Comments, `<!…>` and `<?…>` are skipped; a `<` that does not start a tag is text; an unterminated
/// tag at the end of input is dropped.
struct HTMLScanner {
    struct Attribute: Equatable {
        var name: String
        var value: String
    }

    enum Token: Equatable {
        case text(String)
        case startTag(String, [Attribute])
        case endTag(String)
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    mutating func next() -> Token? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { return .text(readText()) }
            let following = index + 1 < bytes.count ? bytes[index + 1] : 0
            if following == UInt8(ascii: "!") || following == UInt8(ascii: "?") {
                skipMarkupDeclaration()
            } else if following == UInt8(ascii: "/"), index + 2 < bytes.count, Self.isLetter(bytes[index + 2]) {
                index += 2
                let name = readName()
                skip(past: UInt8(ascii: ">"))
                return .endTag(name)
            } else if Self.isLetter(following) {
                index += 1
                let name = readName()
                let attributes = readAttributes()
                return .startTag(name, attributes)
            } else if following == UInt8(ascii: "/") {
                skip(past: UInt8(ascii: ">"))  // "</ …>" or "</>": a bogus comment
            } else {
                index += 1
                return .text("<")
            }
        }
        return nil
    }

    /// Skips everything up to and including `</name…>` (case-insensitive); to the end if it never closes.
    mutating func skipElementContent(named name: String) {
        let needle = Array(("</" + name).utf8)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + needle.count <= bytes.count,
                zip(needle, bytes[index..<index + needle.count]).allSatisfy({ $0 == Self.lowered($1) })
            {
                let after = index + needle.count
                if after == bytes.count || !Self.isNameByte(bytes[after]) {
                    index = after
                    skip(past: UInt8(ascii: ">"))
                    return
                }
            }
            index += 1
        }
    }

    private mutating func readText() -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func readName() -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index].map(Self.lowered), as: UTF8.self)
    }

    /// Attributes up to the tag's `>`, honouring quotes; consumes the `>`.
    private mutating func readAttributes() -> [Attribute] {
        var attributes: [Attribute] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                return attributes
            }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, !Self.isSpace(bytes[index]),
                ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) || index == start
            {
                index += 1
            }
            let name = String(decoding: bytes[start..<index].map(Self.lowered), as: UTF8.self)
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
                value = readAttributeValue()
            }
            attributes.append(Attribute(name: name, value: value))
        }
        return attributes
    }

    private mutating func readAttributeValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
            let value = String(decoding: bytes[start..<index], as: UTF8.self)
            if index < bytes.count { index += 1 }
            return value
        }
        let start = index
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func skipMarkupDeclaration() {
        if bytes[index...].starts(with: Array("<!--".utf8)) {
            index += 4
            while index < bytes.count, !bytes[index...].starts(with: Array("-->".utf8)) { index += 1 }
            index = min(index + 3, bytes.count)
        } else {
            skip(past: UInt8(ascii: ">"))
        }
    }

    private mutating func skip(past byte: UInt8) {
        while index < bytes.count, bytes[index] != byte { index += 1 }
        index = min(index + 1, bytes.count)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }
    private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
