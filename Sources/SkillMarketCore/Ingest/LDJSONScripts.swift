/// Finds `<script type="application/ld+json">` blocks in an HTML page.
enum LDJSONScripts {
    /// The content of every ld+json script, with the 1-based line its content starts on
    /// (`firstLine` is the page's first line). Tag and type matching ignore ASCII case.
    static func blocks(in page: [UInt8], firstLine: Int) -> [(line: Int, bytes: [UInt8])] {
        var blocks: [(line: Int, bytes: [UInt8])] = []
        var line = firstLine
        var counted = 0
        var cursor = 0
        while let open = find(Array("<script".utf8), in: page, from: cursor) {
            var tagEnd = open + 7
            var quote: UInt8 = 0
            while tagEnd < page.count {
                let byte = page[tagEnd]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                tagEnd += 1
            }
            guard tagEnd < page.count else { break }
            let contentStart = tagEnd + 1
            let close = find(Array("</script".utf8), in: page, from: contentStart) ?? page.count
            cursor = close
            let isLD = find(Array("application/ld+json".utf8), in: Array(page[open..<tagEnd]), from: 0) != nil
            guard isLD else { continue }
            for index in counted..<contentStart where page[index] == 0x0A { line += 1 }
            counted = contentStart
            blocks.append((line, Array(page[contentStart..<close])))
        }
        return blocks
    }

    /// First index of `needle` (lower-case ASCII) in `haystack` from `start`, ignoring case.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] | 0x20 == first {
                var matches = true
                for offset in 1..<needle.count {
                    let byte = haystack[index + offset]
                    let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    if folded != needle[offset] {
                        matches = false
                        break
                    }
                }
                if matches { return index }
            }
            index += 1
        }
        return nil
    }
}
