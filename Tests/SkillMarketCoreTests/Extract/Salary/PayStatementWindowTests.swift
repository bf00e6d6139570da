import Testing

@testable import SkillMarketCore

/// `PayStatementWindow` lexes only the clause around a trigger; the finder must read the same tokens as
/// from the whole window's lexing. These tests hold it to that: its tokens are a run of the window's
/// tokens, starting at a stop (with two tokens before the trigger's) or at the window's start, and ending at
/// the window's end or at a stop three or more tokens after the trigger's.
@Suite("Pay statement window")
struct PayStatementWindowTests {
    /// Checks the clause lexing around every position of `bytes` against the whole window's tokens.
    static func check(_ bytes: [UInt8], _ note: @autoclosure () -> String) {
        bytes.withUnsafeBufferPointer { buffer in
            var tokens: [SalaryToken] = []
            for trigger in buffer.indices {
                let window = PayStatementWindow.window(around: trigger, in: buffer)
                let whole = SalaryLexer.tokens(in: buffer, range: window)
                let expectedAt = whole.firstIndex { $0.end > trigger }
                let at = PayStatementWindow.lex(around: trigger, in: buffer, into: &tokens)
                guard let at, let expectedAt else {
                    #expect(at == nil && expectedAt == nil, "\(note()) at \(trigger)")
                    continue
                }
                let skipped = expectedAt - at
                let matches =
                    skipped >= 0 && skipped + tokens.count <= whole.count
                    && Array(whole[skipped..<(skipped + tokens.count)]) == tokens
                #expect(matches, "\(note()) at \(trigger)")
                guard matches else { continue }
                #expect(skipped == 0 || (tokens.first?.kind == .stop && at >= 2), "\(note()) at \(trigger)")
                let endsAtStop = tokens.last?.kind == .stop && tokens.count - 1 >= at + 3
                #expect(skipped + tokens.count == whole.count || endsAtStop, "\(note()) at \(trigger)")
            }
        }
    }

    @Test(
        "clauses of hand-picked texts",
        arguments: [
            "About us.\nBase pay range: $160,000 - $220,000 per year.\nWe build things.",
            "Acme | Backend Engineer | Remote | $170-225K + equity\nWe build",
            "5 years\n-5 degrees; $100 per hour -3 | 7\n\r-2k",
            "-5 then\n$ -7 and 8",
            "5000\n$ per hour\n", "Pay:\n$\n5000", "Rs. 5,000 p.a.\nsalary 12 lakh; 30-45 LPA.",
            "", "\n", "$", "\n$5", "a\n\n\n\n$5\n\n\n\n",
        ])
    func handPicked(text: String) {
        Self.check(Array(text.utf8), text)
    }

    @Test("generated texts, short and around the window's 280 bytes, give the window's tokens")
    func generated() {
        let words = [
            "salary", "budget", "of", "to", "-", "–", "up", "from", "base", "bonus", "per", "hour", "year", "k", "K",
            "lakh", "LPA", "USD", "eur", "Rs.", "p.a.", "p/h", "$", "£", "€", "₹", "5", "-5", "12", "1,000", "55.000",
            "1.5e3", "401k", "30%", "+", "/", "|", ";", "\n", "\r", ".", ". ", " ", "  ", "•", "é", "hourBenefits",
            "a", "(", ")", ":", String(repeating: " ", count: 40), String(repeating: "word ", count: 12),
        ]
        let pieces = words.map { Array($0.utf8) } + [[0xE2], [0x82, 0xAC], [0xC2], [0xFF]]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for round in 0..<150 {
            let parts = round < 100 ? random(40) : 60 + random(60)
            let bytes = (0..<parts).flatMap { _ in pieces[random(pieces.count)] }
            Self.check(bytes, "\(bytes)")
        }
    }
}
