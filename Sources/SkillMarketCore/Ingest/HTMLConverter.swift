/// The tag-aware pass of `HTMLText.plainText(from:)`.
struct HTMLConverter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var out: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreaks = 0
    private var pendingBullet = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        out.reserveCapacity(bytes.count)
    }

    private enum TagKind { case space, line, paragraph, item, raw }

    /// Tag names packed into a UInt64 (lower-case, up to 8 bytes) → effect.
    private static let kinds: [UInt64: TagKind] = {
        var table: [UInt64: TagKind] = [:]
        for name in ["td", "th"] { table[pack(name)] = .space }
        for name in [
            "br", "div", "tr", "ul", "ol", "dl", "dd", "dt", "table", "section", "article", "header",
            "footer", "blockquote", "pre", "tbody", "thead", "main", "aside", "nav", "form", "figure",
        ] {
            table[pack(name)] = .line
        }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "hr"] { table[pack(name)] = .paragraph }
        table[pack("li")] = .item
        for name in ["script", "style", "noscript", "template", "title"] { table[pack(name)] = .raw }
        return table
    }()

    private static func pack(_ name: String) -> UInt64 {
        name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func run() -> String {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<") where index + 1 < bytes.count && HTMLText.startsTag(bytes[index + 1]):
                tag()
            case UInt8(ascii: "&"):
                if let entity = HTMLEntities.decode(bytes, at: index) {
                    if entity.text == [0xC2, 0xA0] { pendingSpace = true } else { text(entity.text) }
                    index = entity.end
                } else {
                    emit(byte)
                    index += 1
                }
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = true
                index += 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
                pendingSpace = true
                index += 2
            default:
                emit(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func text(_ decoded: [UInt8]) {
        for byte in decoded { emit(byte) }
    }

    @inline(__always)
    private mutating func emit(_ byte: UInt8) {
        if !pendingSpace, pendingBreaks == 0, !pendingBullet {  // inside a run of text: nothing pending
            out.append(byte)
            return
        }
        if !out.isEmpty || pendingBullet {
            if pendingBreaks > 0, !out.isEmpty {
                out += repeatElement(UInt8(ascii: "\n"), count: pendingBreaks)
            } else if pendingSpace, !out.isEmpty, pendingBreaks == 0 {
                out.append(0x20)
            }
            if pendingBullet { out += [UInt8(ascii: "-"), 0x20] }
        }
        pendingSpace = false
        pendingBreaks = 0
        pendingBullet = false
        out.append(byte)
    }

    private mutating func requestBreak(_ count: Int) {
        pendingBreaks = max(pendingBreaks, count)
        pendingSpace = false
    }

    /// Handles the tag, comment or declaration at `index` (a `<`).
    private mutating func tag() {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "!") {
            if index + 3 < bytes.count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
            } else {
                index = tagEnd(from: index + 2)
            }
            return
        }
        let closing = next == UInt8(ascii: "/")
        var cursor = index + (closing ? 2 : 1)
        var name: UInt64 = 0
        var length = 0
        while cursor < bytes.count, isNameByte(bytes[cursor]) {
            if length < 8 { name = name << 8 | UInt64(bytes[cursor] | 0x20) }
            length += 1
            cursor += 1
        }
        index = tagEnd(from: cursor)
        guard length <= 8, let kind = Self.kinds[name] else { return }
        switch kind {
        case .space: pendingSpace = true
        case .line: requestBreak(1)
        case .paragraph: requestBreak(2)
        case .item:
            requestBreak(1)
            if !closing { pendingBullet = true }
        case .raw:
            guard !closing else { return }
            index = skipRawText(closingName: name, length: length)
        }
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Index after the `>` closing the tag, skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        var cursor = start
        var quote: UInt8 = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return cursor + 1
            }
            cursor += 1
        }
        return bytes.count
    }

    /// Index after `</name ...>` (case-insensitive), or the end of the input.
    private func skipRawText(closingName name: UInt64, length: Int) -> Int {
        var cursor = index
        while let open = find("</", from: cursor) {
            var candidate: UInt64 = 0
            var offset = open + 2
            while offset < bytes.count, offset - open - 2 < length, isNameByte(bytes[offset]) {
                candidate = candidate << 8 | UInt64(bytes[offset] | 0x20)
                offset += 1
            }
            if candidate == name, offset - open - 2 == length { return tagEnd(from: offset) }
            cursor = open + 2
        }
        return bytes.count
    }

    private func find(_ needle: StaticString, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard count > 0, start + count <= bytes.count else { return nil }
        var cursor = start
        while cursor + count <= bytes.count {
            if bytes[cursor] == needle.utf8Start[0] {
                var matches = true
                for offset in 1..<count where bytes[cursor + offset] != needle.utf8Start[offset] {
                    matches = false
                    break
                }
                if matches { return cursor }
            }
            cursor += 1
        }
        return nil
    }
}
