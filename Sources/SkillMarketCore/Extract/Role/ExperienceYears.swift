/// Finds required years of experience in description text ("5+ years of experience",
/// "3-5 yrs experience", "Experience: 2 years", "minimum of two years' professional experience").
///
/// Works on UTF-8 bytes with ASCII case folding, anchored on the words "year(s)"/"yr(s)": the
/// number just before the anchor (digits or one..fifteen; for a range "3-5" or "3 to 5" the lower
/// end) counts only when "experience" (or "exp") is within 60 bytes after the anchor, or within
/// 30 bytes before the number. Years that are not requirements are skipped: "years ago",
/// "years old", "in business", "history", and anything above 20 ("over 25 years serving …").
enum ExperienceYears {
    /// The lower bound of the experience requirement anchored on the year word at `index`, or
    /// `nil` when no year word starts there or it is not a requirement.
    static func requirement(atYearWord index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let anchorEnd = yearWordEnd(bytes, at: index),
            let (years, numberStart) = number(before: index, in: bytes), years <= 20,
            !followedByNonRequirement(bytes, from: anchorEnd)
        else { return nil }
        let beforeStart = max(0, numberStart - 30)
        guard contains("experience", in: bytes, from: anchorEnd, length: 60)
            || contains(" exp ", in: bytes, from: anchorEnd, length: 60)
            || contains("experience", in: bytes, from: beforeStart, length: min(30, numberStart))
        else { return nil }
        return years
    }

    /// Number words and their values, lower-case.
    private static let numberWords: [(word: StaticString, value: Int)] = [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("zero", 0),
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
        } else if cursor >= 3, bytes[cursor - 3] == 0xE2, bytes[cursor - 2] == 0x80, bytes[cursor - 1] == 0x93 {
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
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if word.allSatisfy({ $0 &- 0x30 < 10 }) {
            return (word.reduce(0) { $0 * 10 + Int($1 &- 0x30) }, start)
        }
        for (name, value) in numberWords where name.utf8CodeUnitCount == word.count {
            var matches = true
            for offset in 0..<word.count where lowered(word[offset]) != name.utf8Start[offset] {
                matches = false
                break
            }
            if matches { return (value, start) }
        }
        return nil
    }

    private static func followedByNonRequirement(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        contains(" ago", in: bytes, from: index, length: 16) || contains(" old", in: bytes, from: index, length: 16)
            || contains("in business", in: bytes, from: index, length: 16)
            || contains("of age", in: bytes, from: index, length: 16)
            || contains("history", in: bytes, from: index, length: 16)
            || (index < bytes.count && bytes[index] == UInt8(ascii: "-"))
    }

    /// The index before the run of `skipped` bytes (and 0xC2 lead bytes) that ends at `index`.
    private static func skipBack(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, over skipped: StaticString) -> Int {
        skipped.withUTF8Buffer { skipped in
            var cursor = index
            while cursor > 0, skipped.contains(bytes[cursor - 1]) || bytes[cursor - 1] == 0xC2 { cursor -= 1 }
            return cursor
        }
    }

    /// Whether the lower-case ASCII `needle` occurs, ASCII case-insensitively, within
    /// `bytes[from ..< from+length]` (clamped to the text).
    private static func contains(
        _ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from: Int, length: Int
    ) -> Bool {
        let end = min(bytes.count, from + length)
        let count = needle.utf8CodeUnitCount
        guard end - from >= count else { return false }
        let pattern = needle.utf8Start
        for start in from...(end - count) where lowered(bytes[start]) == pattern[0] {
            var offset = 1
            while offset < count, lowered(bytes[start + offset]) == pattern[offset] { offset += 1 }
            if offset == count { return true }
        }
        return false
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit
    }
}
