/// The fast path for the common JSONL record: one object whose members are all scalars.
///
/// Members go straight from the bytes into a `PostingBuilder`: keys are resolved as bytes
/// (`FieldResolver.resolve`), only values become `String`s (a key's name is made only when a value
/// is kept under it, as an extra), and no `JSONValue` tree is built.
/// Anything else (a nested object or array, a JSON-LD `@` key, an escaped key, a syntax error)
/// gives up, and the caller takes the general path over the same bytes, which then gives the
/// same postings, extras and error messages that path always gave. The builder calls here are
/// those `RecordDecoder.mapPlain` makes for scalar members, in the same order.
extension JSONCursor {
    /// Decodes the document into `builder`; false when it is not a valid flat object (the builder
    /// is then half-filled and must be dropped).
    mutating func decodeFlatObject(resolver: FieldResolver, into builder: inout PostingBuilder) -> Bool {
        do throws(JSONParseError) {
            return try flatObject(resolver: resolver, into: &builder)
        } catch {
            return false
        }
    }

    private mutating func flatObject(resolver: FieldResolver, into builder: inout PostingBuilder) throws(JSONParseError)
        -> Bool
    {
        skipWhitespace()
        if position + 3 <= bytes.count, bytes[position] == 0xEF, bytes[position + 1] == 0xBB,
            bytes[position + 2] == 0xBF
        {
            position += 3
            skipWhitespace()
        }
        guard maxDepth >= 1, position < bytes.count, bytes[position] == UInt8(ascii: "{") else { return false }
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
        } else {
            members: while true {
                skipWhitespace()
                guard let (key, target) = plainKey(resolver: resolver) else { return false }
                func name() -> String { String(decoding: key, as: UTF8.self) }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
                position += 1
                skipWhitespace()
                guard position < bytes.count else { return false }
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    let quote = position
                    let text = try parseString()
                    if isTrimmedLiteral(quote + 1..<position - 1) {
                        builder.add(trimmed: text, as: target, name: name)
                    } else {
                        builder.add(name(), text, as: target)
                    }
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    builder.add(name(), try parseNumber(), as: target)
                case UInt8(ascii: "t"):
                    try expectLiteral("true")
                    builder.add(name(), "true", as: target)
                case UInt8(ascii: "f"):
                    try expectLiteral("false")
                    builder.add(name(), "false", as: target)
                case UInt8(ascii: "n"): try expectLiteral("null")
                default: return false
                }
                skipWhitespace()
                guard position < bytes.count else { return false }
                switch bytes[position] {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "}"):
                    position += 1
                    break members
                default: return false
                }
            }
        }
        skipWhitespace()
        return position == bytes.count
    }

    /// True when the string just read (content `raw`, no escape) is text `IngestText.trimmed`
    /// keeps as it is: neither end is whitespace or part of a U+00A0, and it is not the "-1"
    /// sentinel. (Bytes that are not UTF-8 become U+FFFD, which is not whitespace either.)
    @inline(__always)
    private func isTrimmedLiteral(_ raw: Range<Int>) -> Bool {
        guard !lastStringHadEscape, let first = raw.first, let last = raw.last else { return false }
        let head = bytes[first]
        let tail = bytes[last]
        return !IngestText.isSpace(head) && !IngestText.isSpace(tail) && head != 0xC2 && tail != 0xA0
            && !(raw.count == 2 && head == UInt8(ascii: "-") && tail == UInt8(ascii: "1"))
    }

    /// The key string at `position` (its bytes, which are also its name) and its target, moving
    /// past its closing quote; `nil` for no key, a key with an escape or line break, or a JSON-LD key
    /// (`@type`, `@context`, …). A key of up to fifteen bytes is read as one block (`shortString`),
    /// which is also what its lookup hashes.
    private mutating func plainKey(resolver: FieldResolver) -> (key: UnsafeBufferPointer<UInt8>, target: FieldTarget)? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        if let (block, length) = shortString(at: start) {
            guard length == 0 || bytes[start] != UInt8(ascii: "@") else { return nil }
            position = start + length + 1
            let key = UnsafeBufferPointer(rebasing: bytes[start..<start + length])
            return (key, resolver.resolve(key, in: block))
        }
        let end = nextStringSpecial(from: start)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\""), start == end || bytes[start] != UInt8(ascii: "@")
        else { return nil }
        position = end + 1
        let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return (key, resolver.resolve(key, readable: bytes.count - start))
    }
}
