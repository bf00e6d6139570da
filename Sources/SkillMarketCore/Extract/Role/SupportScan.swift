/// Looks for the support terms of a vague title in a description, a piece at a time, stopping once
/// enough distinct terms are found.
///
/// The description's ids stream through a small window instead of an array of the whole text's
/// ids: a start is matched as soon as every id a term there could read (`longestTerm` of them) has
/// arrived, and at the end with what there is — the same matches, in the same order, as reading the
/// whole id list. Found terms are kept as entry indices in scratch space (equal terms are one entry:
/// `longestMatch` finds the first of equal ones).
enum SupportScan {
    /// Bytes of description normalised before checking for enough terms again.
    private static let pieceLength = 64
    /// Ids the window holds before it moves its unmatched tail to the front.
    private static let windowLength = 256

    /// Whether `needed` distinct terms of `terms` occur in the UTF-8 text `bytes`.
    static func findsTerms(
        _ needed: Int, of terms: PhraseIndex<Void>.Reader, longestTerm: Int, in bytes: UnsafeBufferPointer<UInt8>,
        normaliser: TokenNormaliser.Reader
    ) -> Bool {
        let capacity = max(windowLength, 2 * longestTerm)
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { window in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, min(needed, terms.entryCount))) { found in
                var scan = State(window: window, found: found, needed: needed, terms: terms)
                var pieceStart = 0
                while pieceStart < bytes.count {
                    let pieceEnd = Self.pieceEnd(after: pieceStart, in: bytes)
                    normaliser.forEachNormalisedToken(of: UnsafeBufferPointer(rebasing: bytes[pieceStart..<pieceEnd])) {
                        scan.push($0, longestTerm: longestTerm)
                    }
                    if scan.isDone { return true }
                    pieceStart = pieceEnd
                }
                scan.finish()
                return scan.isDone
            }
        }
    }

    /// The end of the piece of `bytes` starting at `start`: the first ASCII space or line break
    /// `pieceLength` bytes on (tokens never span one), or the end of the text.
    private static func pieceEnd(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start + pieceLength
        while end < bytes.count, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return min(end, bytes.count)
    }

    /// The window of ids not yet matched (and the terms found so far).
    private struct State {
        let window: UnsafeMutableBufferPointer<Int32>
        let found: UnsafeMutableBufferPointer<Int>
        let needed: Int
        let terms: PhraseIndex<Void>.Reader
        /// Ids in `window`.
        private var count = 0
        /// Index in `window` of the next start to match.
        private var next = 0
        private var foundCount = 0

        init(
            window: UnsafeMutableBufferPointer<Int32>, found: UnsafeMutableBufferPointer<Int>, needed: Int,
            terms: PhraseIndex<Void>.Reader
        ) {
            self.window = window
            self.found = found
            self.needed = needed
            self.terms = terms
        }

        var isDone: Bool { foundCount >= needed }

        /// Adds one id, then matches every start whose terms can no longer gain an id.
        @inline(__always)
        mutating func push(_ id: Int32, longestTerm: Int) {
            if isDone { return }
            if count == window.count {
                // Only starts after `next` are still needed: fewer than `longestTerm` ids.
                let kept = count &- next
                for index in 0..<kept { window[index] = window[next &+ index] }
                count = kept
                next = 0
            }
            window[count] = id
            count &+= 1
            while next &+ longestTerm <= count, !isDone {
                match(at: next)
                next &+= 1
            }
        }

        /// Matches the starts left at the end of the text.
        mutating func finish() {
            while next < count, !isDone {
                match(at: next)
                next &+= 1
            }
        }

        private mutating func match(at start: Int) {
            // A word the catalogue does not know starts no term (most words of a description).
            guard window[start] != TokenVocabulary.unknown,
                let entry = terms.longestMatch(in: UnsafeBufferPointer(rebasing: window[..<count]), at: start)
            else { return }
            for index in 0..<foundCount where found[index] == entry { return }
            found[foundCount] = entry
            foundCount &+= 1
        }
    }
}
