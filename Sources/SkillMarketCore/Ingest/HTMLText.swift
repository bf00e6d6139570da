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
        var copy = html
        return copy.withUTF8 { bytes in
            var hasAmpersand = false
            var hasTag = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "&") {
                    hasAmpersand = true
                } else if byte == UInt8(ascii: "<"), index + 1 < bytes.count, startsTag(bytes[index + 1]) {
                    hasTag = true
                    break
                }
                index += 1
            }
            if hasTag {
                var converter = HTMLConverter(bytes: bytes)
                return converter.run()
            }
            return hasAmpersand ? HTMLEntities.decodeAll(bytes) : html
        }
    }

    static func startsTag(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

}
