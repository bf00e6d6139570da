/// Finds the bytes where a pay statement may be anchored: a currency sign (`$`, `£`, `€`, `₹`), a
/// `k`/`K` glued to a digit ("150k"), or a currency word at a word start (USD, EUR, GBP, INR, CAD, LPA, lakh).
///
/// Only triggers that can lead somewhere are reported: ``PayStatementFinder`` lexes 120 bytes before a
/// trigger to 160 after it and needs an amount there, and every amount starts with a digit.
///
/// One forward pass over the text tests sixteen bytes per step with vector compares for anything that
/// could start a trigger: a sign's lead byte, a digit followed by `k`, or a word shaped like a currency
/// word (its initial and length). Descriptions rarely hold one, so almost every block costs one
/// branch-free test and one well-predicted branch; in a block that does, only the flagged lanes are tested
/// with the exact rule. Beside it runs one search for the next digit, resumed as the pass moves on (so the
/// text's digits are read once): blocks no digit reaches are jumped over, and a confirmed trigger is
/// reported only when a digit reaches it. (The scanner used to find the digits first and chain their
/// reaches into regions, then scan each region: three passes and a restart per trigger.)
struct PayTriggerScanner {
    static let reachBefore = 120
    static let reachAfter = 160

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where the last digit search started (`Int.max` before the first one) and what it found: the first
    /// digit at or after that start, `bytes.count` when there is none.
    private var digitSearchStart = Int.max
    private var knownDigit = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The first trigger at or after `start` with a digit in its window, if any. Calls are expected with
    /// `start` ascending (each one after the trigger before), as the finder makes them.
    mutating func next(from start: Int) -> Int? {
        var position = start
        while let trigger = firstTrigger(from: position) {
            if hasDigit(near: trigger) { return trigger }
            position = trigger &+ 1
        }
        return nil
    }

    /// Whether an ASCII digit lies in `trigger - 120 ..< trigger + 160` (the search answers `bytes.count`
    /// when there is none, which may be short of that window's end).
    private mutating func hasDigit(near trigger: Int) -> Bool {
        firstDigit(atOrAfter: max(0, trigger &- Self.reachBefore)) < min(bytes.count, trigger &+ Self.reachAfter)
    }

    /// Position of the first ASCII digit at or after `low`, `bytes.count` when there is none. The digit
    /// found last is the first one after its search's start; while `low` lies between the two it is also
    /// the first one after `low`, so with `low` ascending (as the scan asks) the search runs again only
    /// once the scan has passed that digit.
    private mutating func firstDigit(atOrAfter low: Int) -> Int {
        if low < digitSearchStart || knownDigit < low {
            knownDigit = firstDigit(from: low)
            digitSearchStart = low
        }
        return knownDigit
    }

    /// Position of the first ASCII digit at or after `start`, `bytes.count` when there is none.
    private func firstDigit(from start: Int) -> Int {
        Self.firstDigit(in: bytes, from: start, before: bytes.count)
    }

    /// Position of the first ASCII digit in `bytes[start..<end]`, `end` when there is none; sixteen bytes
    /// per step.
    static func firstDigit(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            typealias Block = ByteBlocks.Block
            while index &+ ByteBlocks.width <= end {
                let block = ByteBlocks.load(base, at: index)
                let digits = ByteBlocks.flags((block &- Block(repeating: 0x30)) .< Block(repeating: 10))
                if !ByteBlocks.isEmpty(digits) { return index &+ ByteBlocks.firstLane(of: digits) }
                index &+= ByteBlocks.width
            }
        }
        while index < end, bytes[index] &- 0x30 >= 10 { index &+= 1 }
        return index
    }

    /// The first position at or after `start` that passes `isTrigger(at:)` and may have a digit in reach
    /// (`hasDigit(near:)` decides); sixteen lanes per step.
    ///
    /// Lane j of the block at b flags a possible trigger at b + j (a sign) or at b + j + 1 (a `k` after a
    /// digit, a currency word after a non-letter), so the first block starts one byte early: a digit or
    /// space just before `start` flags the trigger at `start`. A word at the very start of the text, which
    /// no lane flags, is tested on its own. The blocks within 20 bytes of the end are tested on a copy padded
    /// with zeros (a zero byte starts nothing and ends a word, as the end of the text does).
    private mutating func firstTrigger(from start: Int) -> Int? {
        let count = bytes.count
        if start == 0, count > 0, isTrigger(at: 0) { return 0 }
        guard let base = bytes.baseAddress else { return nil }
        var block = max(0, start &- 1)
        var reachedBefore = 0  // the blocks before it are known to be within a digit's reach
        while block < count {
            if block >= reachedBefore {
                // The block's lanes flag triggers at block ... block + 16, which a digit reaches only from
                // block - 120 ..< block + 176. Past every digit nothing is reported; short of the next one,
                // the positions before digit - 159 are not reached: jump to the block whose lane 0 flags
                // that one. That digit then reaches every block up to 120 bytes after it.
                let digit = firstDigit(atOrAfter: max(0, block &- Self.reachBefore))
                if digit >= count { return nil }
                if digit >= block &+ Self.reachAfter &+ ByteBlocks.width { block = digit &- Self.reachAfter }
                reachedBefore = digit &+ Self.reachBefore &+ 1
            }
            let flags: ByteBlocks.Mask
            if block &+ Self.blockReads <= count {
                flags = Self.possibleTriggers(base + block)
            } else {
                flags = Self.possibleTriggers(padding: UnsafeBufferPointer(rebasing: bytes[block..<count]))
            }
            if !ByteBlocks.isEmpty(ByteBlocks.flags(flags)) {
                var lanes = ByteBlocks.movemask(flags)
                while lanes != 0 {
                    let lane = block &+ lanes.trailingZeroBitCount
                    for index in lane...(lane &+ 1) where index >= start && index < count && isTrigger(at: index) {
                        return index
                    }
                    lanes &= lanes &- 1
                }
            }
            block &+= ByteBlocks.width
        }
        return nil
    }

    /// Bytes one block's test reads: its sixteen and the four after it (the letters of a word starting in it).
    private static let blockReads = 20

    /// `possibleTriggers` of the last bytes of a text (fewer than `blockReads`), read through a copy padded
    /// with zeros.
    @inline(never)
    private static func possibleTriggers(padding tail: UnsafeBufferPointer<UInt8>) -> ByteBlocks.Mask {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { padded in
            padded.initialize(repeating: 0)
            _ = padded.initialize(fromContentsOf: tail)
            guard let base = padded.baseAddress else { return ByteBlocks.Mask(repeating: false) }
            return possibleTriggers(base)
        }
    }

    /// The lanes of the 16 bytes at `bytes` that may flag a trigger (see `firstTrigger`); never clear
    /// where one does. Reads 20 bytes.
    ///
    /// A currency word is flagged by its shape, not all its letters, which costs half the compares: a
    /// non-letter, then c, e, g, i, l or u (the initials of USD, EUR, GBP, INR, CAD, LPA, lakh), two bytes
    /// on a, d, f, k, p or r (their third letters, and f, which shares a compare with d), and no letter
    /// three bytes on (or "l??h"). Few words have that shape ("end", "GCP"; the third letter keeps out
    /// "com/" and "utm_" of every link), so few blocks are read byte by byte. Compares take a vector on
    /// both sides (see `ByteBlocks`).
    @inline(__always)
    private static func possibleTriggers(_ bytes: UnsafePointer<UInt8>) -> ByteBlocks.Mask {
        typealias Lanes = ByteBlocks.Block
        let raw = ByteBlocks.load(bytes, at: 0)
        // ASCII letters folded to lower case (other bytes change too, but never into a lower-case letter).
        let caseBit = Lanes(repeating: 0x20)
        let next = ByteBlocks.load(bytes, at: 1) | caseBit
        let thirdNext = ByteBlocks.load(bytes, at: 3) | caseBit
        let fourthNext = ByteBlocks.load(bytes, at: 4) | caseBit
        let lower = raw | caseBit
        // "$", and "£", "€", "₹" by their first two bytes (C2 A3, E2 82), both folded: E2 then A2 or A3, so
        // the other E2-led characters (bullets, quotes, dashes: E2 80) pass.
        var flags = (raw .== Lanes(repeating: 0x24))
            .| ((lower .== Lanes(repeating: 0xE2)) .& ((next & Lanes(repeating: 0xFE)) .== Lanes(repeating: 0xA2)))
        // A digit before "k"/"K".
        let digit = (raw &- Lanes(repeating: 0x30)) .< Lanes(repeating: 10)
        flags = flags .| (digit .& (next .== Lanes(repeating: 0x6B)))
        // A word shaped like a currency word after a non-letter; "c", "e", "g", "i" are the even steps 0–6 from "c".
        let notLetter = (lower &- Lanes(repeating: 0x61)) .>= Lanes(repeating: 26)
        let fromC = next &- Lanes(repeating: 0x63)
        let isL = next .== Lanes(repeating: 0x6C)
        let initial = ((fromC .<= Lanes(repeating: 6)) .& ((fromC & Lanes(repeating: 1)) .== Lanes(repeating: 0)))
            .| isL .| (next .== Lanes(repeating: 0x75))
        // "d" and "f", "p" and "r" differ in one bit (0x02) only.
        let thirdMerged = thirdNext | Lanes(repeating: 0x02)
        let third = (thirdMerged .== Lanes(repeating: 0x66)) .| (thirdMerged .== Lanes(repeating: 0x72))
            .| (thirdNext .== Lanes(repeating: 0x61)) .| (thirdNext .== Lanes(repeating: 0x6B))
        let ends = ((fourthNext &- Lanes(repeating: 0x61)) .>= Lanes(repeating: 26))
            .| (isL .& (fourthNext .== Lanes(repeating: 0x68)))
        return flags .| (notLetter .& initial .& third .& ends)
    }

    /// The trigger rule at one byte, without the digit condition.
    @inline(__always)
    private func isTrigger(at index: Int) -> Bool {
        let count = bytes.count
        switch bytes[index] {
        case UInt8(ascii: "$"): return true
        case 0xC2: return index + 1 < count && bytes[index + 1] == 0xA3
        case 0xE2:
            return index + 2 < count && bytes[index + 1] == 0x82 && (bytes[index + 2] == 0xAC || bytes[index + 2] == 0xB9)
        case UInt8(ascii: "k"), UInt8(ascii: "K"):
            return index > 0 && bytes[index - 1].isASCIIDigit && (index + 1 >= count || !bytes[index + 1].isASCIILetter)
        case let byte:
            return byte.isASCIILetter && (index == 0 || !bytes[index - 1].isASCIILetter) && isCurrencyWord(at: index)
        }
    }

    /// A currency word at `index` that ends there (no ASCII letter after it), in any case: the letter
    /// run there, folded and packed, is one of the words' keys.
    private func isCurrencyWord(at index: Int) -> Bool {
        var key: UInt32 = 0
        var end = index
        while end < bytes.count, end - index < 5, bytes[end].isASCIILetter {
            key = key << 8 | UInt32(bytes[end] | 0x20)
            end += 1
        }
        guard end - index < 5 else { return false }
        switch key {
        case Self.key("usd"), Self.key("eur"), Self.key("gbp"), Self.key("inr"), Self.key("cad"), Self.key("lpa"),
            Self.key("lakh"):
            return true
        default: return false
        }
    }

    /// A word's letters (at most four) packed into one number, the first in the highest byte.
    private static func key(_ word: StaticString) -> UInt32 {
        word.withUTF8Buffer { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    }
}
