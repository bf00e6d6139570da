/// Finds required years of experience in description text ("5+ years of experience",
/// "3-5 yrs experience", "Experience: 2 years", "minimum of two years' professional experience").
///
/// Works on UTF-8 bytes with ASCII case folding, anchored on the words "year(s)"/"yr(s)": the
/// number just before the anchor (digits or one..fifteen; for a range "3-5" or "3 to 5" the lower
/// end) counts only when "experience" (or "exp") is within 60 bytes after the anchor, or within
/// 30 bytes before the number. Years that are not requirements are skipped: "years ago",
/// "years old", "in business", "history", and anything above 20 ("over 25 years serving …").
enum ExperienceYears {
    /// Whether `byte` can start a year word: the cheap test a caller runs on every byte first.
    static func mayStartYearWord(_ byte: UInt8) -> Bool { byte | 0x20 == UInt8(ascii: "y") }

    /// The lower bound of the experience requirement anchored on the year word at `index`, or
    /// `nil` when no year word starts there or it is not a requirement.
    static func requirement(atYearWord index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let anchorEnd = yearWordEnd(bytes, at: index),
            let (years, numberStart) = number(before: index, in: bytes), years <= 20,
            !followedByNonRequirement(bytes, from: anchorEnd)
        else { return nil }
        let after = window(bytes, from: anchorEnd, length: 60)
        let before = window(bytes, from: max(0, numberStart - 30), length: min(30, numberStart))
        guard contains(after, "experience") || contains(after, " exp ") || contains(before, "experience") else {
            return nil
        }
        return years
    }

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "zero": 0,
    ]

    /// If a word "year", "years", "yr", "yrs" (any case) starts at `index`, the index after it.
    private static func yearWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let first = bytes[index] | 0x20
        guard first == UInt8(ascii: "y"), index == 0 || !isWordByte(bytes[index - 1]) else { return nil }
        for word: StaticString in ["years", "year", "yrs", "yr"] {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { continue }
            var matches = true
            for offset in 0..<count where bytes[index + offset] | 0x20 != word.utf8Start[offset] {
                matches = false
                break
            }
            let end = index + count
            if matches && (end == bytes.count || !isWordByte(bytes[end])) { return end }
        }
        return nil
    }

    /// The number before the year word at `anchor`, skipping "+", "(", ")", spaces, and a range's
    /// upper end; returns the lower bound and where it starts.
    private static func number(before anchor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var cursor = skipBack(bytes, from: anchor, over: " +()'\u{a0}")
        guard var (value, start) = word(endingAt: cursor, in: bytes) else { return nil }
        // A range: "3-5", "3 - 5", "3 to 5", "3–5".
        cursor = skipBack(bytes, from: start, over: " ")
        var joiner = false
        if cursor > 0, bytes[cursor - 1] == UInt8(ascii: "-") {
            cursor -= 1
            joiner = true
        } else if cursor >= 3, Array(bytes[(cursor - 3)..<cursor]) == [0xE2, 0x80, 0x93] {
            cursor -= 3
            joiner = true
        } else if cursor >= 3, bytes[cursor - 1] | 0x20 == UInt8(ascii: "o"), bytes[cursor - 2] | 0x20 == UInt8(ascii: "t"),
            bytes[cursor - 3] == UInt8(ascii: " ")
        {
            cursor -= 2
            joiner = true
        }
        if joiner, let (lower, lowerStart) = word(endingAt: skipBack(bytes, from: cursor, over: " +"), in: bytes),
            lower <= value
        {
            value = lower
            start = lowerStart
        }
        return (value, start)
    }

    /// A number (digits or a number word) ending at `end`.
    private static func word(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var start = end
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        guard start < end, end - start <= 9 else { return nil }
        let text = String(decoding: bytes[start..<end].map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }, as: UTF8.self)
        if let digits = Int(text) { return (digits, start) }
        if let word = numberWords[text] { return (word, start) }
        return nil
    }

    private static func followedByNonRequirement(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        let next = window(bytes, from: index, length: 16)
        return contains(next, " ago") || contains(next, " old") || contains(next, "in business")
            || contains(next, "of age") || contains(next, "history") || next.first == UInt8(ascii: "-")
    }

    private static func skipBack(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, over characters: String) -> Int {
        let set = Set(characters.utf8)
        var cursor = index
        while cursor > 0, set.contains(bytes[cursor - 1]) || bytes[cursor - 1] == 0xC2 { cursor -= 1 }
        return cursor
    }

    /// Lower-cased bytes of `bytes[from ..< from+length]`, clamped.
    private static func window(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, length: Int) -> [UInt8] {
        let end = min(bytes.count, from + length)
        guard from < end else { return [] }
        return bytes[from..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return false }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if Array(haystack[start..<(start + pattern.count)]) == pattern { return true }
        }
        return false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
