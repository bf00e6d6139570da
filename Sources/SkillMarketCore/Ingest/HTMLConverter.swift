/// The tag-aware pass of `HTMLText.plainText(from:)`: one loop over the bytes, writing into one
/// buffer; runs of plain text are found and copied 16 bytes at a time (`appendTextRun`).
struct HTMLConverter: ~Copyable {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var out: HTMLTextBuffer
    private var pendingSpace = false
    private var pendingBreaks = 0
    private var pendingBullet = false
    /// `shortTagTable`, read once per conversion.
    private let shortTags = HTMLConverter.shortTagTable

    /// A converter of `bytes`, the UTF-8 of a `String` (`knownASCII` when it is known to be ASCII),
    /// writing into `scratch` (the caller's, which must outlive it) while the text fits there.
    init(bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool, scratch: UnsafeMutableBufferPointer<UInt8>) {
        self.bytes = bytes
        out =
            scratch.count >= bytes.count
            ? HTMLTextBuffer(startingIn: scratch, knownASCII: knownASCII)
            : HTMLTextBuffer(capacity: bytes.count, knownASCII: knownASCII)
    }

    /// What a tag does to the text around it, as data: `apply(_:)` without a branch per kind of tag
    /// (such a branch, or a `switch`'s jump table, mispredicted tag after tag).
    struct TagEffect: Sendable {
        /// Line breaks before the next text (1 or 2; a break drops a pending space).
        var breaks = 0
        /// A space before the next text (`<td>`, `<th>`).
        var space = false
        /// An opening tag starts a "- " line (`<li>`).
        var bullet = false
        /// An opening tag's content is dropped up to its closing tag (`<script>`, …).
        var raw = false
    }

    /// Tag names (lower-case) with an effect.
    private static let effectList: [(name: String, effect: TagEffect)] = {
        var entries: [(name: String, effect: TagEffect)] = []
        for name in ["td", "th"] { entries.append((name, TagEffect(space: true))) }
        for name in [
            "br", "div", "tr", "ul", "ol", "dl", "dd", "dt", "table", "section", "article", "header",
            "footer", "blockquote", "pre", "tbody", "thead", "main", "aside", "nav", "form", "figure",
        ] {
            entries.append((name, TagEffect(breaks: 1)))
        }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "hr"] { entries.append((name, TagEffect(breaks: 2))) }
        entries.append(("li", TagEffect(breaks: 1, bullet: true)))
        for name in ["script", "style", "noscript", "template", "title"] { entries.append((name, TagEffect(raw: true))) }
        return entries
    }()

    /// Tag names (lower-case) → effect; a name not there has none. Read by `tag()` alone (the
    /// tags not in `shortTags`), not copied into each converter: no retains per conversion.
    private static let effects = PackedWordTable(effectList.map { (word: $0.name, value: $0.effect) })

    /// The common plain spellings of tags (`HTMLShortTags`): these names first, most common first,
    /// then the other names with an effect.
    private static let shortTagTable: HTMLShortTags = {
        let common = [
            "li", "p", "ul", "h3", "strong", "br", "div", "span", "b", "em", "ol", "h1", "h2", "h4", "i", "u", "a",
            "td", "tr", "th", "table", "tbody", "h5", "h6", "hr", "code", "small", "section",
        ]
        let effectByName = Dictionary(effectList, uniquingKeysWith: { first, _ in first })
        let names = common + effectList.map(\.name).filter { !common.contains($0) }
        return HTMLShortTags(names.map { ($0, effectByName[$0] ?? TagEffect(), $0 == "br" || $0 == "hr") })
    }()

    /// What each byte does: 0 plain text, 1 `<`, 2 `&`, 3 whitespace, 4 0xC2 (maybe U+00A0).
    private static let byteClass: [UInt8] = (0...255).map { byte in
        switch byte {
        case Int(UInt8(ascii: "<")): 1
        case Int(UInt8(ascii: "&")): 2
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: 3
        case 0xC2: 4
        default: 0
        }
    }

    /// The conversion, one step per text run, tag, entity or space. A tag in `shortTags` is applied
    /// straight from its entry; other tags go through `tag()`. Steps are chosen by tests in
    /// turn, most common first, not by a `switch` over the byte's class: its jump table was one
    /// indirect branch, mispredicted whenever the step differed from the last (tag, text, tag, …).
    consuming func run() -> String {
        guard let base = bytes.baseAddress else { return out.string() }
        Self.byteClass.withUnsafeBufferPointer { byteClass in
            while index < bytes.count {
                let byte = bytes[index]
                let byteKind = byteClass[Int(byte)]
                if byteKind == 0 {
                    flushPending()
                    index = appendTextRun(from: index, byteClass: byteClass)
                    // A run mostly ends at tags: those in `shortTags` are applied here, before the
                    // next step is chosen.
                    while index &+ 9 <= bytes.count, bytes[index] == UInt8(ascii: "<"),
                        let known = shortTags.entry(at: base + (index &+ 1))
                    {
                        apply(known.effect)
                        index &+= known.length
                    }
                } else if byte == UInt8(ascii: "<"), index &+ 9 <= bytes.count, let known = shortTags.entry(at: base + (index &+ 1)) {
                    apply(known.effect)
                    index &+= known.length
                } else if byte == UInt8(ascii: "<"), index + 1 < bytes.count, HTMLText.startsTag(bytes[index + 1]) {
                    tag()
                } else if byteKind == 3 {
                    pendingSpace = true
                    index += 1
                } else if byte == UInt8(ascii: "&") {
                    entity()
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    pendingSpace = true
                    index += 2
                } else {
                    emit(byte)
                    index += 1
                }
            }
        }
        return out.string()
    }

    /// Handles the `&` at `index`: a known reference is decoded (U+00A0 is a pending space), any
    /// other `&` is text.
    private mutating func entity() {
        guard let entity = HTMLEntities.decode(bytes, at: index) else {
            emit(UInt8(ascii: "&"))
            index += 1
            return
        }
        if entity.text == "\u{A0}" {
            pendingSpace = true
        } else if let text = entity.text {
            flushPending()
            out.append(text)
        }
        index = entity.end
    }

    /// Copies the run of text starting at `start` (a byte of class 0) into `out` and returns its end:
    /// bytes of class 0, and single spaces followed by one (what the pending space would write).
    /// Sixteen bytes at a time (`ByteBlocks`): each block is stored to the output as it is tested
    /// (no copy afterwards), and the compares flag `<`, `&`, 0xC2, every byte below 0x0E and each
    /// space followed by a flagged byte or a space; the first flagged byte is then judged by
    /// `byteClass` (a flagged byte below 0x0E may be text, and a flagged byte never is).
    private mutating func appendTextRun(from start: Int, byteClass: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        // The run is at most the rest of the input, and each block stored lies within it.
        let target = out.reserve(count &- start)
        target[0] = base[start]
        var index = start &+ 1
        let openings = ByteBlocks.Block(repeating: UInt8(ascii: "<"))
        let ampersands = ByteBlocks.Block(repeating: UInt8(ascii: "&"))
        let leads = ByteBlocks.Block(repeating: 0xC2)
        let controls = ByteBlocks.Block(repeating: 0x0E)
        let spaceBytes = ByteBlocks.Block(repeating: 0x20)
        while index < count {
            if index &+ ByteBlocks.width <= count {
                let block = ByteBlocks.load(base, at: index)
                ByteBlocks.store(block, to: target, at: index &- start)
                let specialMask =
                    (block .== openings) .| (block .== ampersands) .| (block .== leads) .| (block .< controls)
                let spaceMask = block .== spaceBytes
                let special = ByteBlocks.flags(specialMask)
                let spaces = ByteBlocks.flags(spaceMask)
                let either = ByteBlocks.flags(specialMask .| spaceMask)
                // A space stops the run when the lane after it is flagged: `either` moved down one lane.
                let low = special[0] | spaces[0] & (either[0] >> 8 | either[1] << 56)
                let high = special[1] | spaces[1] & either[1] >> 8
                if low | high == 0 {
                    index &+= spaces[1] >> 63 != 0 ? 15 : 16  // a last space's follower is in the next block
                    continue
                }
                // The first flagged lane without a branch (which lane it is in varies run by run):
                // `high`'s zeros count only when `low` has none (64 zeros).
                let lowZeros = low.trailingZeroBitCount
                index &+= (lowZeros &+ high.trailingZeroBitCount & (0 &- lowZeros &>> 6)) &>> 3
            }
            if byteClass[Int(base[index])] == 0 {
                index += 1
            } else if base[index] == 0x20, index + 1 < count, byteClass[Int(base[index + 1])] == 0 {
                index += 2
            } else {
                break
            }
        }
        // Bytes within the last sixteen of the input were passed one at a time, without a block store
        // (every byte before them is in a stored block).
        if index > count &- ByteBlocks.width {
            for tail in max(start &+ 1, count &- ByteBlocks.width)..<index { target[tail &- start] = base[tail] }
        }
        out.advance(by: index &- start)
        return index
    }

    @inline(__always)
    private mutating func emit(_ byte: UInt8) {
        flushPending()
        out.append(byte)
    }

    /// Writes the pending break, space or bullet before the next text byte.
    @inline(__always)
    private mutating func flushPending() {
        guard pendingSpace || pendingBreaks > 0 || pendingBullet else { return }  // inside a run of text
        if !out.isEmpty || pendingBullet {
            if pendingBreaks > 0, !out.isEmpty {
                for _ in 0..<pendingBreaks { out.append(UInt8(ascii: "\n")) }
            } else if pendingSpace, !out.isEmpty, pendingBreaks == 0 {
                out.append(0x20)
            }
            if pendingBullet {
                out.append(UInt8(ascii: "-"))
                out.append(0x20)
            }
        }
        pendingSpace = false
        pendingBreaks = 0
        pendingBullet = false
    }

    /// Handles the tag, comment or declaration at `index` (a `<`).
    private mutating func tag() {
        let next = bytes[index + 1]
        if next == UInt8(ascii: "!") {
            if index + 3 < bytes.count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? bytes.count
            } else {
                index = tagEnd(from: index + 2)
            }
            return
        }
        let closing = next == UInt8(ascii: "/")
        let nameStart = index &+ (closing ? 2 : 1)
        let (name, length) = tagName(at: nameStart)
        let cursor = nameStart &+ length
        index = cursor < bytes.count && bytes[cursor] == UInt8(ascii: ">") ? cursor &+ 1 : tagEnd(from: cursor)
        // An unknown tag has no effect: no breaks, space or bullet.
        var effect =
            (length <= 8 ? Self.effects.lookup(name, length: length) : longTagEffect(at: nameStart, length: length))
            ?? TagEffect()
        if effect.raw {
            if !closing { index = skipRawText(closingName: name, length: length) }
            return
        }
        effect.bullet = effect.bullet && !closing  // a select: `<li>` and `</li>` alternate
        apply(effect)
    }

    /// Adds a tag's breaks, space or bullet (`bullet` only for an opening tag) to the pending ones.
    @inline(__always)
    private mutating func apply(_ effect: TagEffect) {
        pendingBreaks = max(pendingBreaks, effect.breaks)
        pendingSpace = effect.breaks == 0 && (pendingSpace || effect.space)
        pendingBullet = pendingBullet || effect.bullet
    }

    /// The effect of a tag name longer than eight bytes ("blockquote"), which `tagName` does not pack:
    /// looked up by its lower-cased bytes (the name's bytes are letters and digits, and digits keep
    /// bit 0x20 set).
    private func longTagEffect(at start: Int, length: Int) -> TagEffect? {
        guard length <= 16 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { lowered in
            for offset in 0..<length { lowered[offset] = bytes[start &+ offset] | 0x20 }
            return Self.effects.value(of: UnsafeBufferPointer(lowered))
        }
    }

    /// The length of the tag name at `start` (its letters and digits) and, when it is at most eight
    /// bytes, the name lower-cased and packed first byte highest (`PackedWordTable`'s keys; 0 for a
    /// longer name). Sixteen bytes are classified at once (`ByteBlocks`) when they are there: no
    /// branch per byte.
    @inline(__always)
    private func tagName(at start: Int) -> (name: UInt64, length: Int) {
        guard let base = bytes.baseAddress, start &+ ByteBlocks.width <= bytes.count else {
            var cursor = start
            var name: UInt64 = 0
            while cursor < bytes.count, isNameByte(bytes[cursor]) {
                name = name << 8 | UInt64(bytes[cursor] | 0x20)
                cursor &+= 1
            }
            let length = cursor &- start
            return (length <= 8 ? name : 0, length)
        }
        let block = ByteBlocks.load(base, at: start)
        let folded = block | ByteBlocks.Block(repeating: 0x20)
        let letters = folded &- ByteBlocks.Block(repeating: UInt8(ascii: "a")) .< ByteBlocks.Block(repeating: 26)
        let digits = block &- ByteBlocks.Block(repeating: UInt8(ascii: "0")) .< ByteBlocks.Block(repeating: 10)
        var length = ByteBlocks.firstLane(of: ByteBlocks.flags(.!(letters .| digits)))
        guard length <= 8 else {
            while start &+ length < bytes.count, isNameByte(bytes[start &+ length]) { length &+= 1 }
            return (0, length)
        }
        let low = unsafeBitCast(folded, to: SIMD2<UInt64>.self)[0] & ((1 << UInt64(length &* 8)) &- 1)
        return (low.byteSwapped >> UInt64(64 &- length &* 8), length)
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit
    }

    /// Index after the `>` closing the tag, skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        var cursor = start
        var quote: UInt8 = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return cursor + 1
            }
            cursor += 1
        }
        return bytes.count
    }

    /// Index after `</name ...>` (case-insensitive), or the end of the input.
    private func skipRawText(closingName name: UInt64, length: Int) -> Int {
        var cursor = index
        while let open = find("</", from: cursor) {
            var candidate: UInt64 = 0
            var offset = open + 2
            while offset < bytes.count, offset - open - 2 < length, isNameByte(bytes[offset]) {
                candidate = candidate << 8 | UInt64(bytes[offset] | 0x20)
                offset += 1
            }
            if candidate == name, offset - open - 2 == length { return tagEnd(from: offset) }
            cursor = open + 2
        }
        return bytes.count
    }

    private func find(_ needle: StaticString, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard count > 0, start + count <= bytes.count else { return nil }
        var cursor = start
        while cursor + count <= bytes.count {
            if bytes[cursor] == needle.utf8Start[0] {
                var matches = true
                for offset in 1..<count where bytes[cursor + offset] != needle.utf8Start[offset] {
                    matches = false
                    break
                }
                if matches { return cursor }
            }
            cursor += 1
        }
        return nil
    }
}
