/// Receives the words and clause marks of text as `WorkModeWords.scan` reads them.
protocol WorkModeWordVisitor {
    /// A word starts; its bytes follow.
    mutating func startWord()
    /// One word byte (ASCII letter or digit), lower-cased.
    mutating func letter(_ byte: UInt8)
    /// The word being read ended. Return `false` to stop the scan.
    mutating func endWord() -> Bool
    /// A clause mark ended at byte offset `end`. Return `false` to stop the scan.
    mutating func clauseBreak(end: Int) -> Bool
}

/// How work-mode text splits into words and clauses, read byte by byte (`WorkModeKeyClauses`
/// finds key words the same way from `ASCIIWordRuns`).
///
/// Words are runs of ASCII letters and digits; apostrophes (also ’ and ‘) vanish inside them
/// ("isn't" → "isnt"); any other byte ends a word. Clause marks are `. , ; ! ? ( ) | [ ]`, line
/// breaks, en and em dashes and bullets.
enum WorkModeWords {
    /// Lower-cased word bytes; 0 for a byte that is not part of a word.
    private static let folded: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) | 0x20
        default: 0
        }
    }

    /// Feeds `visitor` the words and clause marks of `bytes[start...]`, in order.
    static func scan<Visitor: WorkModeWordVisitor>(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into visitor: inout Visitor
    ) {
        folded.withUnsafeBufferPointer { folded in
            var inWord = false
            var index = start
            while index < bytes.count {
                var letter = folded[Int(bytes[index])]
                if letter != 0 {
                    if !inWord {
                        inWord = true
                        visitor.startWord()
                    }
                    repeat {  // a run of word bytes: the hot loop
                        visitor.letter(letter)
                        index &+= 1
                        letter = index < bytes.count ? folded[Int(bytes[index])] : 0
                    } while letter != 0
                    continue
                }
                let byte = bytes[index]
                index &+= 1
                var clauseBreak = false
                switch byte {
                case UInt8(ascii: "'"):
                    continue
                case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80:
                    let mark = bytes[index + 1]
                    index += 2
                    if mark == 0x98 || mark == 0x99 { continue }  // curly apostrophes vanish too
                    clauseBreak = mark == 0x93 || mark == 0x94 || mark == 0xA2  // en dash, em dash, bullet
                default:
                    clauseBreak = isASCIIClauseMark(byte)
                }
                if inWord {
                    inWord = false
                    guard visitor.endWord() else { return }
                }
                if clauseBreak, !visitor.clauseBreak(end: index) { return }
            }
            if inWord { _ = visitor.endWord() }
        }
    }

    /// Whether `byte` is one of the ASCII clause marks `. , ; ! ? ( ) | [ ]` or a line break (the
    /// others are the en dash, em dash and bullet: E2 80 93, E2 80 94, E2 80 A2).
    static func isASCIIClauseMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
            UInt8(ascii: "["), UInt8(ascii: "]"):
            true
        default:
            false
        }
    }
}
