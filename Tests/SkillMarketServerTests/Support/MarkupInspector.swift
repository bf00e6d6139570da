import Foundation

/// Finds what would execute in an HTML page: the tags a browser would parse and their attributes.
///
/// Everything between a `<` followed by a letter or `/` and the next `>` outside quotes is a tag
/// (text the server escaped contains no raw `<`, so escaped payloads are never counted as markup).
struct MarkupInspector {
    struct Tag {
        var name: String
        var raw: String
        /// (lower-cased name, raw value) in order.
        var attributes: [(name: String, value: String)]
    }

    let tags: [Tag]

    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset", "content",
        "codebase", "cite", "longdesc",
    ]
    static let forbiddenTags: Set<String> = [
        "script", "iframe", "object", "embed", "frame", "frameset", "base", "applet",
    ]

    init(_ html: String) {
        var tags: [Tag] = []
        let characters = Array(html)
        var index = 0
        while index < characters.count {
            guard characters[index] == "<", index + 1 < characters.count,
                characters[index + 1].isLetter || characters[index + 1] == "/"
            else {
                index += 1
                continue
            }
            var end = index + 1
            var quote: Character?
            while end < characters.count {
                let character = characters[end]
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    break
                }
                end += 1
            }
            tags.append(Self.parse(String(characters[index..<min(end, characters.count)])))
            index = end + 1
        }
        self.tags = tags
    }

    /// Script-capable tags, event-handler/`style`/`srcdoc` attributes, and `javascript:`/`vbscript:`/`data:`
    /// URLs in URL attributes (entities decoded, whitespace and control characters removed, as browsers do).
    var dangers: [String] {
        var found: [String] = []
        for tag in tags {
            let name = tag.name.hasPrefix("/") ? String(tag.name.dropFirst()) : tag.name
            if Self.forbiddenTags.contains(name) { found.append("tag <\(name)>: \(tag.raw)") }
            if name == "meta" && tag.attributes.contains(where: { $0.name == "http-equiv" }) {
                found.append("meta http-equiv: \(tag.raw)")
            }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") || attribute.name == "style" || attribute.name == "srcdoc" {
                    found.append("attribute \(attribute.name): \(tag.raw)")
                }
                guard Self.urlAttributes.contains(attribute.name) else { continue }
                let url = Self.normalisedURL(attribute.value)
                for scheme in ["javascript:", "vbscript:", "data:"] where url.contains(scheme) {
                    found.append("\(scheme) in \(attribute.name): \(tag.raw)")
                }
            }
        }
        return found
    }

    /// The URL as a browser resolves it: character references decoded, spaces and controls removed, lower case.
    private static func normalisedURL(_ value: String) -> String {
        var text = value
        for (entity, character) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&colon;", ":"), ("&tab;", ""), ("&newline;", "")] {
            text = text.replacingOccurrences(of: entity, with: character, options: .caseInsensitive)
        }
        var decoded = ""
        var rest = text[...]
        while let amp = rest.range(of: "&#") {
            decoded += rest[..<amp.lowerBound]
            var digits = rest[amp.upperBound...]
            let hex = digits.first == "x" || digits.first == "X"
            if hex { digits = digits.dropFirst() }
            let number = digits.prefix { hex ? $0.isHexDigit : $0.isNumber }
            if let value = UInt32(number, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value), !number.isEmpty {
                decoded.unicodeScalars.append(scalar)
                rest = digits[number.endIndex...]
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                decoded += "&#"
                rest = rest[amp.upperBound...]
            }
        }
        decoded += rest
        return String(decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)).lowercased()
    }

    private static func parse(_ raw: String) -> Tag {
        let body = Array(raw.dropFirst())
        var index = 0
        var name = ""
        while index < body.count, body[index].isLetter || body[index].isNumber || body[index] == "/" {
            name.append(body[index])
            index += 1
        }
        var attributes: [(String, String)] = []
        while index < body.count {
            while index < body.count, body[index].isWhitespace || body[index] == "/" { index += 1 }
            var attribute = ""
            while index < body.count, !body[index].isWhitespace, body[index] != "=", body[index] != "/" {
                attribute.append(body[index])
                index += 1
            }
            var value = ""
            if index < body.count, body[index] == "=" {
                index += 1
                if index < body.count, body[index] == "\"" || body[index] == "'" {
                    let quote = body[index]
                    index += 1
                    while index < body.count, body[index] != quote {
                        value.append(body[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < body.count, !body[index].isWhitespace {
                        value.append(body[index])
                        index += 1
                    }
                }
            }
            if !attribute.isEmpty { attributes.append((attribute.lowercased(), value)) }
        }
        return Tag(name: name.lowercased(), raw: raw, attributes: attributes)
    }
}
