/// Finds the bytes where a pay statement may be anchored: a currency sign (`$`, `£`, `€`, `₹`), a
/// `k`/`K` glued to a digit ("150k"), or a currency word at a word start (USD, EUR, GBP, INR, CAD, LPA, lakh).
///
/// Only triggers that can lead somewhere are reported: ``PayStatementFinder`` lexes 120 bytes before a
/// trigger to 160 after it and needs an amount there, and every amount starts with a digit. So the scan
/// jumps from digit to digit (sixteen bytes at a time) and looks for triggers only within reach of one.
///
/// There it tests sixteen bytes per step with vector compares for anything that could start a trigger: a
/// sign's lead byte, a digit followed by `k`, or the first three letters of a currency word (any case,
/// anywhere). Descriptions rarely hold one, so almost every block costs one branch-free test (no
/// per-word branches, unlike a walk over letter runs); a block that does is read byte by byte with the
/// exact rule.
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
            if let trigger = firstTrigger(from: max(index, digit - Self.reachAfter + 1), before: regionEnd) {
                return trigger
            }
            index = regionEnd
        }
        return nil
    }

    /// Position of the first ASCII digit at or after `start`, sixteen bytes per step.
    private func firstDigit(from start: Int) -> Int? {
        let count = bytes.count
        var index = start
        if let base = bytes.baseAddress {
            typealias Block = ByteBlocks.Block
            while index &+ ByteBlocks.width <= count {
                let block = ByteBlocks.load(base, at: index)
                let digits = ByteBlocks.flags((block &- Block(repeating: 0x30)) .< Block(repeating: 10))
                if !ByteBlocks.isEmpty(digits) { return index &+ ByteBlocks.firstLane(of: digits) }
                index &+= ByteBlocks.width
            }
        }
        while index < count {
            if bytes[index] &- 0x30 < 10 { return index }
            index &+= 1
        }
        return nil
    }

    /// The first position in `start..<end` that passes `isTrigger(at:)`; sixteen bytes per step.
    private func firstTrigger(from start: Int, before end: Int) -> Int? {
        // A `k` is flagged with the digit before it, in that digit's lane: the first block starts one byte
        // early so a digit just before `start` flags a `k` at `start`.
        var block = max(0, start - 1)
        if let base = bytes.baseAddress {
            // A block's test reads 18 bytes (the two after it for the letters of a word starting in it).
            while block < end, block &+ 18 <= bytes.count {
                if Self.mayHoldTrigger(base + block) {
                    // `...`: a `k` right after the block is flagged in this block.
                    for index in max(block, start)...(block &+ 16) where index < end && isTrigger(at: index) {
                        return index
                    }
                }
                block &+= 16
            }
        }
        block = max(block, start)
        while block < end {
            if isTrigger(at: block) { return block }
            block &+= 1
        }
        return nil
    }

    /// Whether the 16 bytes at `block` may hold a trigger (or a digit-`k` pair may end right after them);
    /// never false when one does. Reads 18 bytes.
    ///
    /// Compares take a vector on both sides (see `ByteBlocks`).
    @inline(__always)
    private static func mayHoldTrigger(_ bytes: UnsafePointer<UInt8>) -> Bool {
        typealias Lanes = ByteBlocks.Block
        let raw = ByteBlocks.load(bytes, at: 0)
        // ASCII letters folded to lower case (other bytes change too, but never into a lower-case letter).
        let caseBit = Lanes(repeating: 0x20)
        let first = raw | caseBit
        let second = ByteBlocks.load(bytes, at: 1) | caseBit
        let third = ByteBlocks.load(bytes, at: 2) | caseBit
        // "$", and "£", "€", "₹" by their first two bytes (C2 A3, E2 82; folded: A3, A2), so the other
        // E2-led characters (bullets, quotes, dashes) pass.
        var flags = (raw .== Lanes(repeating: 0x24))
            .| ((raw .== Lanes(repeating: 0xC2)) .& (second .== Lanes(repeating: 0xA3)))
            .| ((raw .== Lanes(repeating: 0xE2)) .& (second .== Lanes(repeating: 0xA2)))
        // A digit before "k"/"K".
        let digit = (raw &- Lanes(repeating: 0x30)) .< Lanes(repeating: 10)
        flags = flags .| (digit .& (second .== Lanes(repeating: 0x6B)))
        // The first three letters of each currency word ("lak" of "lakh").
        for word in [(0x75, 0x73, 0x64), (0x65, 0x75, 0x72), (0x67, 0x62, 0x70), (0x69, 0x6E, 0x72), (0x63, 0x61, 0x64),
            (0x6C, 0x70, 0x61), (0x6C, 0x61, 0x6B)] as [(UInt8, UInt8, UInt8)]
        {
            flags = flags .| ((first .== Lanes(repeating: word.0)) .& (second .== Lanes(repeating: word.1))
                .& (third .== Lanes(repeating: word.2)))
        }
        return !ByteBlocks.isEmpty(ByteBlocks.flags(flags))
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

    private static let currencyWords: [[UInt8]] = ["usd", "eur", "gbp", "inr", "cad", "lpa", "lakh"].map {
        Array($0.utf8)
    }

    /// A currency word at `index` that ends there (no ASCII letter after it), in any case.
    private func isCurrencyWord(at index: Int) -> Bool {
        outer: for word in Self.currencyWords {
            let end = index + word.count
            guard end <= bytes.count, end == bytes.count || !bytes[end].isASCIILetter else { continue }
            for offset in 0..<word.count where bytes[index + offset] | 0x20 != word[offset] { continue outer }
            return true
        }
        return false
    }
}
