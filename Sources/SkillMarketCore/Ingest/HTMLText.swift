import Foundation

/// Turns HTML into plain text: tags dropped, entities decoded, scripts and styles removed.
///
/// Block tags become line breaks (`<p>`, headings, `<hr>` a blank line; `<br>`, `<div>`,
/// `<tr>`, lists one; `<li>` starts a "- " line); `<td>`/`<th>` become spaces; `<script>`,
/// `<style>`, `<noscript>`, `<template>` and comments vanish with their content; whitespace runs
/// (incl. U+00A0) collapse to one space. Text without any tag only has its entities decoded
/// (its whitespace is left alone), and text without `<` or `&` comes back unchanged.
///
///     HTMLText.plainText(from: "<p>Python &amp; SQL</p><ul><li>AWS</li></ul>")  // "Python & SQL\n\n- AWS"
public enum HTMLText {
    /// Plain text of `html`; text without markup comes back unchanged.
    public static func plainText(from html: String) -> String {
        let knownASCII = html.utf8Span.isKnownASCII
        var copy = html
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return html }
            var index = 0
            while let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) {
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                if index < bytes.count, startsTag(bytes[index]) { return converted(bytes, knownASCII: knownASCII) }
            }
            let hasAmpersand = memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil
            return hasAmpersand ? HTMLEntities.decodeAll(bytes, knownASCII: knownASCII) ?? html : html
        }
    }

    /// The tag-aware conversion of `bytes`, written on the stack (`StackScratch`) when it fits there:
    /// no heap buffer besides the result's.
    private static func converted(_ bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool) -> String {
        guard bytes.count <= StackScratch.capacity else {
            return HTMLConverter(bytes: bytes, knownASCII: knownASCII, scratch: UnsafeMutableBufferPointer(start: nil, count: 0)).run()
        }
        return StackScratch.with { HTMLConverter(bytes: bytes, knownASCII: knownASCII, scratch: $0).run() }
    }

    static func startsTag(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte.isASCIILetter
    }

}
