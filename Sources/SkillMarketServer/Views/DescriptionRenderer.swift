import SkillMarketCore

/// Writes a posting's description as safe HTML with every counted skill mention in `<mark>`.
///
/// HTML descriptions go through `HTMLSanitizer`; plain text (no tags) becomes paragraphs on blank
/// lines and `<br>` on single line breaks. Skills are found once over the whole visible text (text
/// nodes joined by line breaks, so "Python</li><li>SQL" does not read "PythonSQL") and mapped back
/// to the nodes; a mention across a tag boundary is marked piecewise.
struct DescriptionRenderer: Sendable {
    let matcher: SkillMatcher
    let sanitizer = HTMLSanitizer()

    func render(_ description: String) -> String {
        let nodes = Self.looksLikeHTML(description) ? sanitizer.sanitize(description) : Self.paragraphs(description)
        var plain: [UInt8] = []
        var starts: [Int] = []
        for node in nodes {
            guard case .text(let text) = node else { continue }
            if !plain.isEmpty { plain.append(UInt8(ascii: "\n")) }
            starts.append(plain.count)
            plain.append(contentsOf: text.utf8)
        }
        let matches = matcher.matches(in: String(decoding: plain, as: UTF8.self)).map(\.utf8Range)
            .sorted { $0.lowerBound < $1.lowerBound }
        var html = ""
        var textIndex = 0
        for node in nodes {
            switch node {
            case .markup(let markup): html += markup
            case .text(let text):
                html += Self.marked(Array(text.utf8), offset: starts[textIndex], matches: matches)
                textIndex += 1
            }
        }
        return html
    }

    /// The escaped text with the parts inside `matches` (offsets into the joined text) wrapped in `<mark>`.
    private static func marked(_ bytes: [UInt8], offset: Int, matches: [Range<Int>]) -> String {
        var html = ""
        var position = 0
        for match in matches {
            let lower = max(match.lowerBound - offset, position)
            let upper = min(match.upperBound - offset, bytes.count)
            guard lower < upper else { continue }
            html += HTMLEscaping.escape(String(decoding: bytes[position..<lower], as: UTF8.self))
            html += "<mark>" + HTMLEscaping.escape(String(decoding: bytes[lower..<upper], as: UTF8.self)) + "</mark>"
            position = upper
        }
        html += HTMLEscaping.escape(String(decoding: bytes[position...], as: UTF8.self))
        return html
    }

    /// Whether the text contains something that starts a tag, comment or end tag.
    static func looksLikeHTML(_ text: String) -> Bool {
        var previousWasOpen = false
        for byte in text.utf8 {
            if previousWasOpen, (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") {
                return true
            }
            previousWasOpen = byte == UInt8(ascii: "<")
        }
        return false
    }

    /// Plain text as `<p>` per blank-line-separated block, `<br>` between its lines; entities decoded
    /// (feeds often escape plain text once).
    static func paragraphs(_ text: String) -> [SanitizedNode] {
        var nodes: [SanitizedNode] = []
        let normalised = text.replacingCRLF()
        for block in normalised.split(separator: "\n\n", omittingEmptySubsequences: true) {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true)
                .map { String($0).trimmingASCIIWhitespace() }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            nodes.append(.markup("<p>"))
            for (index, line) in lines.enumerated() {
                if index > 0 { nodes.append(.markup("<br>")) }
                nodes.append(.text(HTMLEntities.decode(line)))
            }
            nodes.append(.markup("</p>"))
        }
        return nodes
    }
}

extension String {
    /// With "\r\n" and lone "\r" turned into "\n".
    func replacingCRLF() -> String {
        guard utf8.contains(0x0D) else { return self }
        var bytes: [UInt8] = []
        var previousCR = false
        for byte in utf8 {
            if byte == 0x0D {
                bytes.append(0x0A)
                previousCR = true
            } else {
                if !(byte == 0x0A && previousCR) { bytes.append(byte) }
                previousCR = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
