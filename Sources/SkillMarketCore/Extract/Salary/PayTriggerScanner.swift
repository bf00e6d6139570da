/// Finds the bytes where a pay statement may be anchored: a currency sign (`$`, `£`, `€`, `₹`), a
/// `k`/`K` glued to a digit ("150k"), or a currency word at a word start (USD, EUR, GBP, INR, CAD, LPA, lakh).
///
/// Only triggers that can lead somewhere are reported: ``PayStatementFinder`` lexes 120 bytes before a
/// trigger to 160 after it and needs an amount there, and every amount starts with a digit. So the scan
/// jumps from digit to digit (eight bytes at a time) and reads bytes for triggers only within reach of
/// one; a description without digits costs one pass of word-wide compares.
struct PayTriggerScanner {
    static let reachBefore = 120
    static let reachAfter = 160

    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The first trigger at or after `start` with a digit in its window, if any.
    func next(from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            guard let digit = firstDigit(from: max(0, index - Self.reachBefore)) else { return nil }
            // Triggers t with t - 120 <= digit < t + 160.
            let regionEnd = min(bytes.count, digit + Self.reachBefore + 1)
            if let trigger = firstTrigger(from: max(index, digit - Self.reachAfter + 1), to: regionEnd) {
                return trigger
            }
            index = regionEnd
        }
        return nil
    }

    /// Position of the first ASCII digit at or after `start`, eight bytes per step.
    private func firstDigit(from start: Int) -> Int? {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            while index &+ 8 <= count {
                let digits = ByteLanes.asciiDigits(ByteLanes.load(base, at: index))
                if digits != 0 { return index &+ ByteLanes.firstLane(of: digits) }
                index &+= 8
            }
        }
        while index < count {
            if bytes[index] &- 0x30 < 10 { return index }
            index &+= 1
        }
        return nil
    }

    /// Byte roles: 1 `$`, 2 lead of `£`, 3 lead of `€`/`₹`, 4 `k`/`K`, 5 first letter of a currency
    /// word, 6 any other ASCII letter; 0 for the rest.
    private static let role: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
            table[Int(letter)] = 6
            table[Int(letter & ~0x20)] = 6
        }
        table[Int(UInt8(ascii: "$"))] = 1
        table[0xC2] = 2
        table[0xE2] = 3
        table[Int(UInt8(ascii: "k"))] = 4
        table[Int(UInt8(ascii: "K"))] = 4
        for letter in "uegicl".utf8 {
            table[Int(letter)] = 5
            table[Int(letter & ~0x20)] = 5
        }
        return table
    }()

    /// The first trigger in `start..<end`.
    ///
    /// A trigger is a non-letter (`$`, `£`, `€`, `₹`) or the first letter of a run of ASCII letters
    /// (`k` after a digit, a currency word), never a letter after a letter; so each run of letters
    /// costs one look at its first byte and a skip to its end, eight bytes per step.
    private func firstTrigger(from start: Int, to end: Int) -> Int? {
        Self.role.withUnsafeBufferPointer { role in
            let count = bytes.count
            var index = start
            if index > 0, index < end, bytes[index - 1].isASCIILetter { index = endOfLetters(from: index, to: end) }
            while index < end {
                switch role[Int(bytes[index])] {
                case 0: index &+= 1
                case 6: index = endOfLetters(from: index &+ 1, to: end)
                case 1: return index
                case 2:
                    if index + 1 < count && bytes[index + 1] == 0xA3 { return index }
                    index &+= 1
                case 3:
                    if index + 2 < count && bytes[index + 1] == 0x82 && (bytes[index + 2] == 0xAC || bytes[index + 2] == 0xB9) {
                        return index
                    }
                    index &+= 1
                case 4:
                    if index > 0, bytes[index - 1].isASCIIDigit, index + 1 >= count || !bytes[index + 1].isASCIILetter { return index }
                    index = endOfLetters(from: index &+ 1, to: end)
                default:
                    if (index == 0 || !bytes[index - 1].isASCIILetter), isCurrencyWord(at: index) { return index }
                    index = endOfLetters(from: index &+ 1, to: end)
                }
            }
            return nil
        }
    }

    /// The first index at or after `start` that is not an ASCII letter, or `end` when all bytes up to
    /// `end` are letters; eight bytes per step.
    @inline(__always)
    private func endOfLetters(from start: Int, to end: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let count = bytes.count
            while index < end, index &+ 8 <= count {
                let others = ~ByteLanes.asciiLetters(ByteLanes.load(base, at: index)) & ByteLanes.highs
                if others != 0 { return min(index &+ ByteLanes.firstLane(of: others), end) }
                index &+= 8
            }
        }
        while index < end, bytes[index].isASCIILetter { index &+= 1 }
        return min(index, end)
    }

    private static let currencyWords: [[UInt8]] = ["usd", "eur", "gbp", "inr", "cad", "lpa", "lakh"].map {
        Array($0.utf8)
    }

    private func isCurrencyWord(at index: Int) -> Bool {
        // Most words fail on their first two letters: test those before the list.
        guard index + 1 < bytes.count else { return false }
        switch (bytes[index] | 0x20, bytes[index + 1] | 0x20) {
        case (UInt8(ascii: "u"), UInt8(ascii: "s")), (UInt8(ascii: "e"), UInt8(ascii: "u")),
            (UInt8(ascii: "g"), UInt8(ascii: "b")), (UInt8(ascii: "i"), UInt8(ascii: "n")),
            (UInt8(ascii: "c"), UInt8(ascii: "a")), (UInt8(ascii: "l"), UInt8(ascii: "p")),
            (UInt8(ascii: "l"), UInt8(ascii: "a")):
            break
        default: return false
        }
        outer: for word in Self.currencyWords {
            let end = index + word.count
            guard end <= bytes.count, end == bytes.count || !bytes[end].isASCIILetter else { continue }
            for offset in 0..<word.count where bytes[index + offset] | 0x20 != word[offset] { continue outer }
            return true
        }
        return false
    }

}
