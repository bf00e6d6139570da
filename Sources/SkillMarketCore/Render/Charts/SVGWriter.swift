/// Accumulates SVG markup; every attribute value and text node goes through `HTMLEscaping.escape`.
///
/// Internal to the chart renderers. Attributes are written in the order given, so output is
/// byte-identical for equal input.
struct SVGWriter {
    private(set) var markup = ""

    init() {
        markup.reserveCapacity(4_096)
    }

    /// Opens the root `<svg>` with `<title>` and `<desc>` referenced by `aria-labelledby`.
    mutating func openRoot(
        id: String, kind: String, width: Double, height: Double, title: String, desc: String, extraClass: String? = nil
    ) {
        markup += "<svg xmlns=\"http://www.w3.org/2000/svg\""
        attribute("viewBox", "0 0 " + SVGNumber.format(width) + " " + SVGNumber.format(height))
        attribute("role", "img")
        attribute("aria-labelledby", id + "-title " + id + "-desc")
        attribute("id", id)
        attribute("class", "chart chart-" + kind + (extraClass.map { " " + $0 } ?? ""))
        attribute("font-family", ChartStyle.fontFamily)
        attribute("font-size", SVGNumber.format(ChartStyle.fontSize))
        attribute("fill", ChartStyle.textColour)
        markup += ">"
        element("title", [("id", id + "-title")], text: title)
        element("desc", [("id", id + "-desc")], text: desc)
    }

    mutating func closeRoot() {
        markup += "</svg>"
    }

    /// Opens an element that will contain children; close it with `close(_:)`.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        markup += "<" + name
        for (key, value) in attributes { attribute(key, value) }
        markup += ">"
    }

    mutating func close(_ name: String) {
        markup += "</" + name + ">"
    }

    /// A childless element (`<rect …/>`).
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        markup += "<" + name
        for (key, value) in attributes { attribute(key, value) }
        markup += "/>"
    }

    /// An element holding escaped text, e.g. `<title>` or `<text>`.
    mutating func element(_ name: String, _ attributes: [(String, String)], text: String) {
        open(name, attributes)
        markup += HTMLEscaping.escape(text)
        close(name)
    }

    /// A `<text>` label; when `maxWidth` cuts it short, it ends in "…" and carries the full text in `<title>`.
    mutating func label(
        _ text: String, x: Double, y: Double, maxWidth: Double? = nil, anchor: String = "start",
        size: Double = ChartStyle.fontSize, extra: [(String, String)] = []
    ) {
        let shown = maxWidth.map { ChartText.truncated(text, toWidth: $0, fontSize: size) } ?? text
        var attributes: [(String, String)] = [("x", SVGNumber.format(x)), ("y", SVGNumber.format(y))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if size != ChartStyle.fontSize { attributes.append(("font-size", SVGNumber.format(size))) }
        attributes += extra
        open("text", attributes)
        if shown != text { element("title", [], text: text) }
        markup += HTMLEscaping.escape(shown)
        close("text")
    }

    private mutating func attribute(_ key: String, _ value: String) {
        markup += " " + key + "=\"" + HTMLEscaping.escape(value) + "\""
    }
}

/// Estimates text widths and truncates labels; charts cannot measure fonts server-side.
enum ChartText {
    /// Approximate advance of one character, in ems, for a UI sans-serif (wide letters count more).
    static func width(of text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i", "l", "j", "I", "'", ".", ",", ":", ";", "!", "|": ems += 0.3
            case " ", "(", ")", "/", "t", "f", "r", "[", "]", "-": ems += 0.4
            case "m", "w", "M", "W", "%", "@": ems += 0.92
            case "A"..."Z", "&", "_", "—", "…": ems += 0.72
            case "0"..."9", "$", "#", "+", "=", "<", ">", "?", "£", "€": ems += 0.64
            default: ems += scalar.value > 0x2E80 ? 1.0 : 0.6
            }
        }
        return ems * fontSize
    }

    /// `text` cut to fit `width` with a trailing "…", or unchanged when it fits.
    static func truncated(_ text: String, toWidth width: Double, fontSize: Double) -> String {
        guard self.width(of: text, fontSize: fontSize) > width else { return text }
        let budget = width - self.width(of: "…", fontSize: fontSize)
        var kept = ""
        for character in text {
            let next = kept + String(character)
            if self.width(of: next, fontSize: fontSize) > budget { break }
            kept = next
        }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }
}
