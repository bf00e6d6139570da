/// Splits text into case-folded words over UTF-8 bytes and hashes each word (64-bit FNV-1a).
///
/// A word is a run of ASCII letters and digits and non-ASCII characters; everything else
/// (ASCII punctuation, whitespace, NBSP, and the U+2000–U+206F block: typographic quotes,
/// dashes, bullets) separates words. ASCII letters are folded to lower case; other bytes are
/// kept. With `skippingURLs`, a word that begins a URL (`http://…`, `https://…`, `www.…`)
/// is dropped together with the rest of the URL up to the next whitespace, quote or bracket,
/// so changed tracking parameters cannot change the words.
///
///     "Apply: https://x.io/?utm_source=a NOW" → hashes of "apply", "now"
enum WordHasher {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Calls `body` with the hash of every word of `text`, in order.
    @inline(__always)
    static func forEachWord(in text: String, skippingURLs: Bool, _ body: (UInt64) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            forEachWord(in: bytes, skippingURLs: skippingURLs, body)
        }
    }

    /// Byte-level form of `forEachWord(in:skippingURLs:_:)`.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, skippingURLs: Bool, _ body: (UInt64) -> Void) {
        foldedBytes.withUnsafeBufferPointer { folded in
            let count = bytes.count
            var index = 0
            while index < count {
                // Skip separators.
                let width = separatorWidth(bytes, at: index)
                if width > 0 {
                    index += width
                    continue
                }
                if skippingURLs, let end = urlEnd(bytes, from: index) {
                    index = end
                    continue
                }
                var hash = fnvOffset
                while index < count {
                    let byte = bytes[index]
                    let fold = folded[Int(byte)]
                    // 0: an ASCII separator; a non-ASCII byte may start a separator (NBSP, U+2000 block).
                    if fold == 0 || (byte >= 0x80 && separatorWidth(bytes, at: index) > 0) { break }
                    hash = (hash ^ UInt64(fold)) &* fnvPrime
                    index += 1
                }
                body(hash)
            }
        }
    }

    /// Per byte value: ASCII letters lower-cased, digits and non-ASCII bytes as they are, 0 for
    /// ASCII separators (read through one buffer pointer per text, so no per-byte `swift_once`).
    private static let foldedBytes: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        if byte >= 0x80 { return byte }
        guard isWordASCII(byte) else { return 0 }
        return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// 0 when the byte at `index` starts a word character; otherwise the separator's length in bytes.
    @inline(__always)
    static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return isWordASCII(byte) ? 0 : 1 }
        // NBSP (C2 A0) and the General Punctuation block (E2 80 xx, E2 81 xx) separate words.
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
            return 3
        }
        return 0
    }

    /// Where the URL starting at `index` ends, or `nil` when no URL starts there.
    @inline(__always)
    static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        let first = bytes[index] | 0x20
        guard first == 0x68 || first == 0x77 else { return nil }  // h, w
        guard
            hasPrefix(bytes, at: index, "http://") || hasPrefix(bytes, at: index, "https://")
                || hasPrefix(bytes, at: index, "www.")
        else { return nil }
        var end = index
        while end < bytes.count, !isURLTerminator(bytes[end]) { end += 1 }
        return end
    }

    /// ASCII case-insensitive prefix test; `prefix` must be lower-case ASCII.
    @inline(__always)
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let start = prefix.utf8Start
        for offset in 0..<length {
            var byte = bytes[index + offset]
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte != start[offset] { return false }
        }
        return true
    }

    /// ASCII letters and digits. (Comparisons, not a lookup table: a `static let` table costs a
    /// `swift_once` check on every byte.)
    @inline(__always)
    static func isWordASCII(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// Whitespace, quotes, angle brackets, parentheses and square brackets end a URL.
    @inline(__always)
    private static func isURLTerminator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, 0x22, 0x27, 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D: true
        default: false
        }
    }
}
