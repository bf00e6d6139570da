/// Accumulates a description as paragraphs and headed lists, written as HTML or plain text.
///
/// HTML uses `<p>`, `<h3>`/`<strong>` headings and `<ul><li>`, with `&`, `<`, `>` escaped
/// ("R&amp;D"); plain text uses blank lines and "- ", "• " or "* " bullets. `spacing` 1 and 2
/// add the whitespace noise reposts carry (double spaces, extra blank lines).
struct DescriptionDocument {
    let html: Bool
    let bullet: Int
    let spacing: Int
    private(set) var text = ""
    private var blocks = 0

    init(html: Bool, bullet: Int, spacing: Int) {
        self.html = html
        self.bullet = bullet
        self.spacing = spacing
        text.reserveCapacity(3_000)
    }

    mutating func paragraph(_ sentences: [String]) {
        let body = sentences.filter { !$0.isEmpty }
        guard !body.isEmpty else { return }
        separate()
        let joiner = spacing == 1 ? "  " : " "
        if html {
            text += "<p>"
            for (index, sentence) in body.enumerated() {
                if index > 0 { text += joiner }
                appendEscaped(sentence)
            }
            text += "</p>"
        } else {
            for (index, sentence) in body.enumerated() {
                if index > 0 { text += joiner }
                text += sentence
            }
        }
    }

    mutating func list(heading: String, items: [String]) {
        guard !items.isEmpty else { return }
        separate()
        if html {
            if bullet == 2 {
                text += "<p><strong>"
                appendEscaped(heading)
                text += "</strong></p>"
            } else {
                text += "<h3>"
                appendEscaped(heading)
                text += "</h3>"
            }
            text += "<ul>"
            for item in items {
                text += spacing == 2 ? "\n  <li>" : "<li>"
                appendEscaped(item)
                text += "</li>"
            }
            text += "</ul>"
        } else {
            text += heading
            text += ":"
            let mark = bullet == 0 ? "- " : bullet == 1 ? "• " : "* "
            for item in items {
                text += "\n"
                text += mark
                text += item
                if spacing == 1 { text += " " }
            }
        }
    }

    private mutating func separate() {
        defer { blocks += 1 }
        guard blocks > 0 else {
            if spacing == 2 { text += html ? "\n" : " \n" }
            return
        }
        if html {
            if spacing > 0 { text += spacing == 2 ? "\n\n" : "\n" }
        } else {
            text += spacing == 2 ? "\n\n\n" : "\n\n"
        }
    }

    private mutating func appendEscaped(_ sentence: String) {
        guard sentence.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else {
            text += sentence
            return
        }
        for scalar in sentence.unicodeScalars {
            switch scalar {
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}
