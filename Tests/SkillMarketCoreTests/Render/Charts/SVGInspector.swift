import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses chart markup as XML and finds elements by local name, for structural assertions.
struct SVGInspector {
    let document: XMLDocument

    init(_ markup: String) throws {
        document = try XMLDocument(xmlString: markup, options: [])
    }

    var root: XMLElement? { document.rootElement() }

    /// All elements named `name` (namespace ignored), in document order.
    func elements(_ name: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    /// Elements whose `class` attribute contains `className` as a word.
    func elements(withClass className: String) throws -> [XMLElement] {
        try allElements().filter { element in
            (element.value("class") ?? "").split(separator: " ").contains { $0 == className }
        }
    }

    /// Every element in the document, root included.
    func allElements() throws -> [XMLElement] {
        try document.nodes(forXPath: "//*").compactMap { $0 as? XMLElement }
    }
}

extension XMLElement {
    /// The attribute's value (found by scanning, since `attribute(forName:)` misses on namespaced elements on Linux).
    func value(_ attribute: String) -> String? {
        (attributes ?? []).first { $0.name == attribute || $0.localName == attribute }?.stringValue
    }

    func number(_ attribute: String) -> Double? {
        value(attribute).flatMap(Double.init)
    }

    /// The element's text without the text of nested `<title>` tooltips.
    var visibleText: String {
        (children ?? []).compactMap { node -> String? in
            if let element = node as? XMLElement { return element.localName == "title" ? nil : element.visibleText }
            return node.stringValue
        }.joined()
    }
}
