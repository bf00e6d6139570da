/// The common tags written plainly — `<name>` or `</name>` with a lower-case name and no attributes,
/// and `<br/>`, `<br />`, at most eight bytes after the `<` — recognised whole from one 8-byte load: the bytes
/// after `<` up to the first `>` index a direct-mapped table (one multiply, one compare). A tag
/// found there needs no name scan and no hash probe of `HTMLConverter`'s tag table; any other tag
/// (attributes, capitals, long names, `<script>`, comments, a tag near the end of the input) is not
/// found and takes the general path, which gives every entry here the same effect.
struct HTMLShortTags: Sendable {
    /// A tag's spelling after `<` through its `>`, packed little-endian, and what it does.
    struct Entry: Sendable {
        /// All ones in an empty slot: eight 0xFF bytes, which UTF-8 never holds.
        var key = UInt64.max
        /// The tag's bytes, `<` and `>` included.
        var length = 0
        /// The tag's effect, with `bullet` already cleared for a closing tag.
        var effect = HTMLConverter.TagEffect()
    }

    private static let slotBits: UInt64 = 9
    /// `1 << slotBits` slots; a spelling whose slot is taken is left out (it takes the general path).
    private let slots: [Entry]

    /// The table of `tags` (lower-case names, most common first: a spelling whose slot an earlier
    /// one took is left out) as `<name>` and `</name>`, and an empty element also as `<name/>` and
    /// `<name />`; raw-text tags are left out.
    init(_ tags: [(name: String, effect: HTMLConverter.TagEffect, isEmptyElement: Bool)]) {
        var slots = [Entry](repeating: Entry(), count: 1 << Int(Self.slotBits))
        for (name, effect, isEmptyElement) in tags where !effect.raw {
            var spellings = [(name + ">", false), ("/" + name + ">", true)]
            if isEmptyElement { spellings += [(name + "/>", false), (name + " />", false)] }
            for (spelling, closing) in spellings where spelling.utf8.count <= 8 {
                let key = spelling.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                let slot = Self.slot(of: key)
                guard slots[slot].key == UInt64.max else { continue }
                var kept = effect
                kept.bullet = effect.bullet && !closing
                slots[slot] = Entry(key: key, length: spelling.utf8.count + 1, effect: kept)
            }
        }
        self.slots = slots
    }

    /// The entry of the tag whose `<` is just before `start`, where eight bytes may be read; `nil`
    /// when it is not one of the table's spellings.
    @inline(__always)
    func entry(at start: UnsafePointer<UInt8>) -> Entry? {
        let word = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
        // The lowest zero byte of `word ^ ">>>…"` is the first `>` (a borrow only runs upward):
        // the key keeps the bytes through it. Without a `>` the key is the whole word, which no
        // entry has (each holds a `>`).
        let differs = word ^ 0x3E3E_3E3E_3E3E_3E3E
        let zeros = (differs &- 0x0101_0101_0101_0101) & ~differs & 0x8080_8080_8080_8080
        let key = word & ((zeros & (0 &- zeros)) &<< 1 &- 1)
        let entry = slots[Self.slot(of: key)]
        return entry.key == key ? entry : nil
    }

    @inline(__always)
    private static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 &- slotBits))
    }
}
