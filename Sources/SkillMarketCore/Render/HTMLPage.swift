/// A row of an HTML table; `id` makes it a link target.
struct TableRow {
    var id: String?
    var cells: [String]
}

/// Builds HTML markup; every piece of text goes through `HTMLEscaping`.
struct HTMLPage {
    private(set) var markup = ""

    mutating func raw(_ html: String) { markup += html }

    mutating func text(_ text: String) { markup += HTMLEscaping.escape(text) }

    mutating func element(_ name: String, _ text: String) {
        markup += "<\(name)>" + HTMLEscaping.escape(text) + "</\(name)>"
    }

    mutating func list(_ items: [String]) {
        markup += "<ul>"
        for item in items { element("li", item) }
        markup += "</ul>"
    }

    mutating func section(id: String, heading: String, _ body: (inout HTMLPage) -> Void) {
        markup += "<section id=\"\(id)\">"
        element("h2", heading)
        body(&self)
        markup += "</section>\n"
    }

    /// A chart (trusted SVG from our renderers) with an optional caption.
    mutating func figure(_ svg: String, caption: String?) {
        markup += "<figure>" + svg
        if let caption { element("figcaption", caption) }
        markup += "</figure>"
    }

    /// A table whose headers may link to a method note; numeric-looking columns align right.
    mutating func table(headers: [(String, String?)], rows: [TableRow]) {
        guard !rows.isEmpty else {
            element("p", "No data.")
            return
        }
        let numeric = headers.indices.map { column in
            rows.allSatisfy { row in column < row.cells.count && Self.looksNumeric(row.cells[column]) }
        }
        markup += "<div class=\"table-scroll\"><table><thead><tr>"
        for (column, header) in headers.enumerated() {
            markup += numeric[column] ? "<th class=\"num\">" : "<th>"
            if let method = header.1 {
                markup += "<a href=\"#\(method)\">" + HTMLEscaping.escape(header.0) + "</a>"
            } else {
                text(header.0)
            }
            markup += "</th>"
        }
        markup += "</tr></thead><tbody>"
        for row in rows {
            markup += row.id.map { "<tr id=\"\(HTMLEscaping.escape($0))\">" } ?? "<tr>"
            for (column, cell) in row.cells.enumerated() {
                markup += column < numeric.count && numeric[column] ? "<td class=\"num\">" : "<td>"
                text(cell)
                markup += "</td>"
            }
            markup += "</tr>"
        }
        markup += "</tbody></table></div>"
    }

    private static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "0123456789+−-$£€₹<".unicodeScalars.contains(first)
    }
}
