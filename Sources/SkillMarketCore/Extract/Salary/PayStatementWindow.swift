/// The tokens ``PayStatementFinder`` reads around a trigger, lexed from the clause's start to its end
/// rather than over the whole window.
///
/// The finder's window runs from 120 bytes before the trigger (moved on to a space or line break) to 160
/// after it, and every rule reads tokens of that window's lexing. But none reads across a stop token (a
/// line break, `|`, `;` or full stop) except the look for an amount one or two tokens before the trigger,
/// and the lexing of the window's bytes after a line break, `|` or `;` (which always stand alone as stop
/// tokens) does not depend on the bytes before it, except that a `-` before a digit is a negative figure
/// only ahead of the window's first amount. So lexing starts at the last such byte before the trigger (told
/// whether a digit, hence an amount, came before it in the window), and only when that leaves fewer than
/// two tokens before the trigger's does the whole window get lexed. Lexing ends at the first stop token
/// three or more tokens after the trigger's: every rule reads forward only up to a stop, from at most two
/// tokens after the trigger's. Most windows hold a few lines of prose, so this lexes a fraction of them.
enum PayStatementWindow {
    /// Lexes the tokens around `trigger` into `tokens`, returning the index of the first token that
    /// ends after `trigger` (`nil` when there is none).
    static func lex(around trigger: Int, in bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [SalaryToken]) -> Int? {
        let window = window(around: trigger, in: bytes)
        if let stop = lastStop(in: bytes, from: window.lowerBound, before: trigger) {
            let amountBefore = PayTriggerScanner.firstDigit(in: bytes, from: window.lowerBound, before: stop) < stop
            SalaryLexer.lex(
                bytes, range: stop..<window.upperBound, into: &tokens, amountBefore: amountBefore,
                endingAfterClauseOf: trigger)
            guard let at = tokens.firstIndex(where: { $0.end > trigger }) else { return nil }
            if at >= 2 || stop == window.lowerBound { return at }
        }
        SalaryLexer.lex(bytes, range: window, into: &tokens, endingAfterClauseOf: trigger)
        return tokens.firstIndex { $0.end > trigger }
    }

    /// 120 bytes before the trigger (starting at a space or line break) to 160 after.
    static func window(around trigger: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = max(0, trigger - PayTriggerScanner.reachBefore)
        if start > 0 {
            while start < trigger, bytes[start] != 0x20, bytes[start] != 0x0A { start += 1 }
        }
        return start..<min(bytes.count, trigger + PayTriggerScanner.reachAfter)
    }

    /// The last line break (LF or CR), `|` or `;` in `start..<end`, sixteen bytes per step from the end.
    private static func lastStop(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        typealias Block = ByteBlocks.Block
        var index = end
        if let base = bytes.baseAddress {
            while index &- ByteBlocks.width >= start {
                let block = ByteBlocks.load(base, at: index &- ByteBlocks.width)
                let stops = ByteBlocks.flags(
                    (block .== Block(repeating: 0x0A)) .| (block .== Block(repeating: 0x0D))
                        .| (block .== Block(repeating: UInt8(ascii: "|"))) .| (block .== Block(repeating: UInt8(ascii: ";"))))
                if !ByteBlocks.isEmpty(stops) { return index &- ByteBlocks.width &+ ByteBlocks.lastLane(of: stops) }
                index &-= ByteBlocks.width
            }
        }
        while index > start {
            index &-= 1
            switch bytes[index] {
            case 0x0A, 0x0D, UInt8(ascii: "|"), UInt8(ascii: ";"): return index
            default: continue
            }
        }
        return nil
    }
}
