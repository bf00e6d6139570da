/// Stable ids for postings that arrive without one, derived from their content.
enum ContentID {
    /// "sm-" and 16 hex digits of a 64-bit FNV-1a hash over title, company, location and description.
    static func derive(for posting: RawPosting) -> PostingID {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [posting.title, posting.company ?? "", posting.location ?? "", posting.description ?? ""] {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F  // unit separator, so ("ab","c") and ("a","bc") differ
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return PostingID("sm-" + String(repeating: "0", count: 16 - hex.count) + hex)
    }
}
