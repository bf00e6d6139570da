/// What a word means in pay text, keyed by its ASCII-lower-cased letters packed into 64 bits.
///
/// Words longer than eight letters are keyed by their first eight letters plus a "long" flag,
/// so "compensation" and "compensated" share a key; that is fine for the words listed here.
enum SalaryVocabulary {
    enum Meaning: Sendable, Equatable {
        case word(SalaryWord)
        case period(PayPeriod)
        case currency(SalaryCurrency)
        /// A scale word after a figure ("k", "lakh", "crore", "million").
        case multiplier(Double)
        /// "LPA": lakh per annum.
        case lakhPerAnnum
    }

    static func key(_ letters: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for index in 0..<min(letters.count, 8) {
            packed = packed << 8 | UInt64(letters[index] | 0x20)
        }
        return letters.count > 8 ? packed | (1 << 63) : packed
    }

    static func key(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { key($0) }
    }

    private static let entries: [(String, Meaning)] = {
        var list: [(String, Meaning)] = []
        func add(_ words: String, _ meaning: Meaning) {
            for word in words.split(separator: " ") { list.append((String(word), meaning)) }
        }
        add("hour hr hrs hourly ph phr perhour", .period(.hour))
        add("day daily pd perday", .period(.day))
        add("week weekly wk wkly pw", .period(.week))
        add("month monthly mo mth mnth pcm permonth", .period(.month))
        add("year yr yrly annum annual annually yearly pa peryear", .period(.year))
        add("usd dollar dollars", .currency(.usd))
        add("cad", .currency(.cad))
        add("gbp pound pounds sterling", .currency(.gbp))
        add("eur euro euros", .currency(.eur))
        add("inr rs rupees rupee", .currency(.inr))
        add("aud", .currency(.aud))
        add("k thousand", .multiplier(1_000))
        add("lakh lakhs lac lacs", .multiplier(100_000))
        add("crore crores cr", .multiplier(10_000_000))
        add("million mn mm", .multiplier(1_000_000))
        add("billion bn", .multiplier(1_000_000_000))
        add("lpa", .lakhPerAnnum)
        add("to", .word(.to))
        add("up", .word(.up))
        add("upto", .word(.upTo))
        add("from", .word(.from))
        add("between", .word(.between))
        add("and", .word(.and))
        add("starting start starts", .word(.starting))
        add("least", .word(.atLeast))
        add("over", .word(.over))
        add("under", .word(.under))
        add("max maximum", .word(.maximum))
        add("min minimum", .word(.minimum))
        add("ote target", .word(.ote))
        add("bonus bonuses", .word(.bonus))
        add("commission commissions comm comms", .word(.commission))
        add("including incl inclusive", .word(.including))
        add("base basic", .word(.base))
        add("competitive doe negotiable neg tbc tbd", .word(.noFigure))
        add("per a an circa c ca around approx approximately about at of is", .word(.filler))
        add(
            "salary salaries pay paid pays compensation comp wage wages rate rates range earn earning "
                + "remuneration ctc package",
            .word(.payKeyword))
        add(
            "stipend budget funding funded raised raise series seed valuation revenue revenues arr "
                + "sales assets tips tip allowance reimbursement reimbursed credit credits discount "
                + "worth cost costs save savings fee fees grant insurance figure figures sign signing "
                + "referral relocation prize prizes award contracts company companies market investment "
                + "invested capital round loan",
            .word(.excluded))
        return list
    }()

    /// The vocabulary; a lexer reads it once, not per word (each read of a `static let` checks it is built).
    static let table = KeyTable(entries.map { (key($0.0), $0.1) })

    /// Keys → meanings in an open-addressing table (Fibonacci hashing, linear probing) at most a quarter
    /// full: a probe is a multiply and one or two reads, where `Dictionary` hashes with SipHash. The slots
    /// sit in ``FrozenBuffer``s and a lexer reads them through plain pointers (``Reader``), so making a lexer
    /// per posting retains and releases nothing every worker thread shares.
    struct KeyTable: Sendable {
        /// Slot → key; 0 marks an empty slot (no word's key is 0).
        private let keys: FrozenBuffer<UInt64>
        /// Slot → meaning of the key there.
        private let meanings: FrozenBuffer<Meaning?>
        private let shift: UInt64

        /// A later entry for the same key replaces an earlier one.
        init(_ entries: [(key: UInt64, meaning: Meaning)]) {
            var bits: UInt64 = 4
            while 1 << bits < entries.count * 4 { bits += 1 }
            var keys = [UInt64](repeating: 0, count: 1 << bits)
            var meanings = [Meaning?](repeating: nil, count: 1 << bits)
            for (key, meaning) in entries {
                var slot = Self.slot(key, shift: 64 - bits)
                while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
                keys[slot] = key
                meanings[slot] = meaning
            }
            self.keys = FrozenBuffer(keys)
            self.meanings = FrozenBuffer(meanings)
            self.shift = 64 - bits
        }

        /// The slots as pointers, valid while this table lives.
        var reader: Reader { Reader(keys: keys.buffer, meanings: meanings.buffer, shift: shift) }

        /// A ``KeyTable``'s slots as plain pointers.
        struct Reader {
            let keys: UnsafeBufferPointer<UInt64>
            let meanings: UnsafeBufferPointer<Meaning?>
            let shift: UInt64

            /// The meaning of the word whose `SalaryVocabulary.key` is `key`, or `nil`; inlined into the lexer's
            /// word loop (most words miss on the first probe).
            @inline(__always)
            func meaning(for key: UInt64) -> Meaning? {
                var slot = KeyTable.slot(key, shift: shift)
                while true {
                    let found = keys[slot]
                    if found == 0 { return nil }
                    if found == key { return meanings[slot] }
                    slot = (slot &+ 1) & (keys.count &- 1)
                }
            }
        }

        fileprivate static func slot(_ key: UInt64, shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }
    }

    /// The currency a prefix glued to `$` names ("US$", "C$", "CA$", "A$", "AU$").
    static func dollarCurrency(prefix letters: UnsafeBufferPointer<UInt8>) -> SalaryCurrency? {
        switch key(letters) {
        case key("us"), key("usd"): .usd
        case key("c"), key("ca"), key("can"), key("cad"): .cad
        case key("a"), key("au"), key("aud"): .aud
        case key("nz"): .nzd
        case key("s"), key("sg"): .sgd
        case key("hk"): .hkd
        default: nil
        }
    }
}
