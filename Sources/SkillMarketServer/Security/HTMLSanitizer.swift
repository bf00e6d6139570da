import SkillMarketCore

/// A piece of a sanitised description: decoded text (escape it when writing) or safe markup.
enum SanitizedNode: Sendable, Equatable {
    case text(String)
    case markup(String)
}

/// Turns untrusted description HTML into a whitelist of harmless markup.
///
/// Kept: `p br ul ol li b strong i em h3 h4 h5 h6` without attributes, and `a` with an `http(s)`
/// `href` only (written back with `rel="nofollow noopener"`); `h1`/`h2` become `h3`. Every other tag
/// is dropped but its text kept, except elements whose content is code or chrome (`script`, `style`,
/// `iframe`, `svg`, …), which go with their content. Comments and declarations are dropped. Text is
/// entity-decoded here and escaped by the writer, so nothing the input spells survives as markup.
/// Output is balanced: stray end tags are ignored, open ones closed at the end.
struct HTMLSanitizer: Sendable {
    static let keptTags: Set<String> = ["p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "h3", "h4", "h5", "h6", "a"]
    static let renamedTags: [String: String] = ["h1": "h3", "h2": "h3"]
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "applet", "noscript", "noembed", "noframes", "template",
        "textarea", "title", "head", "svg", "math", "select", "xmp", "plaintext", "frameset", "frame", "canvas",
        "audio", "video",
    ]
    /// Dropped tags that separate words ("<div>a</div><div>b</div>" reads "a b", not "ab").
    static let separatingTags: Set<String> = [
        "div", "section", "article", "header", "footer", "aside", "nav", "main", "table", "tr", "td", "th", "dl",
        "dt", "dd", "blockquote", "pre", "hr", "img", "input", "button", "form", "label", "span", "font", "center",
    ]
    static let maxDepth = 64
    static let maxURLBytes = 2_048

    /// The nodes of `html`, in order.
    func sanitize(_ html: String) -> [SanitizedNode] {
        var scanner = HTMLScanner(html)
        var nodes: [SanitizedNode] = []
        var text = ""
        var open: [String] = []

        func flush() {
            if !text.isEmpty { nodes.append(.text(HTMLEntities.decode(text))) }
            text = ""
        }

        while let token = scanner.next() {
            switch token {
            case .text(let chunk): text += chunk
            case .startTag(let rawName, let attributes):
                let name = Self.renamedTags[rawName] ?? rawName
                if Self.droppedWithContent.contains(name) {
                    scanner.skipElementContent(named: name)
                    text += " "
                } else if name == "br" {
                    flush()
                    nodes.append(.markup("<br>"))
                } else if Self.keptTags.contains(name), open.count < Self.maxDepth {
                    if name == "a" {
                        guard let href = attributes.first(where: { $0.name == "href" }).flatMap({ Self.safeURL($0.value) })
                        else { continue }
                        flush()
                        nodes.append(.markup("<a href=\"\(HTMLEscaping.escape(href))\" rel=\"nofollow noopener\">"))
                    } else {
                        flush()
                        nodes.append(.markup("<\(name)>"))
                    }
                    open.append(name)
                } else if Self.separatingTags.contains(name) {
                    text += " "
                }
            case .endTag(let rawName):
                let name = Self.renamedTags[rawName] ?? rawName
                if let position = open.lastIndex(of: name) {
                    flush()
                    while open.count > position { nodes.append(.markup("</\(open.removeLast())>")) }
                } else if Self.separatingTags.contains(name) {
                    text += " "
                }
            }
        }
        flush()
        while let name = open.popLast() { nodes.append(.markup("</\(name)>")) }
        return nodes
    }

    /// The URL if, once decoded and stripped of control characters and spaces, it is plain http(s).
    ///
    ///     safeURL("https://example.com/a?b=1")  // "https://example.com/a?b=1"
    ///     safeURL("java&#115;cript:alert(1)")   // nil
    static func safeURL(_ raw: String) -> String? {
        var cleaned = String.UnicodeScalarView()
        for scalar in HTMLEntities.decode(raw).unicodeScalars where scalar.value > 0x20 && scalar.value != 0x7F {
            cleaned.append(scalar)
        }
        let url = String(cleaned)
        guard url.utf8.count <= maxURLBytes else { return nil }
        let lower = url.prefix(8).lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        return url
    }
}
