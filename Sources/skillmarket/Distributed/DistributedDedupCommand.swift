import ArgumentParser
import Foundation
import SkillMarketCore

/// `skillmarket distributed dedup`: duplicate removal over `FINGERPRINT<TAB>ROW` lines.
///
/// `DuplicateDetector` only ever compares postings of one block, so a cluster job may split the
/// rows by block key and run this on each part: as long as every block's lines arrive in input
/// order, the outcome equals one detector run over the whole input.
struct DistributedDedupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "Mark reposts in FINGERPRINT<TAB>ROW lines (stdin, input order per block); writes the ROWs.",
        discussion: """
            A line whose posting repeats an earlier original of its block becomes {"fate":"duplicate"}; \
            every other ROW is written unchanged (a line with an empty fingerprint is never a duplicate).
            """
    )

    @Option(help: "Reposts further apart than this many days count as new openings.")
    var duplicateWindow = 90

    func run() throws {
        var detector = DuplicateDetector(window: duplicateWindow)
        var output = StandardOutput()
        let anyID = PostingID("")
        while let line = readLine(strippingNewline: true) {
            guard let tab = line.firstIndex(of: "\t") else { throw ValidationError("dedup: a line without a tab") }
            let encoded = line[..<tab]
            var verdict = line[line.index(after: tab)...]
            if !encoded.isEmpty {
                guard let bytes = Data(base64Encoded: String(encoded)),
                    let fingerprint = DuplicateFingerprint(storage: Array(bytes))
                else { throw ValidationError("dedup: unreadable fingerprint") }
                if detector.firstCopy(of: anyID, fingerprint: fingerprint) != nil {
                    verdict = Substring(DistributedRow.duplicate)
                }
            }
            output.write(Array(verdict.utf8) + [UInt8(ascii: "\n")])
        }
        output.flush()
    }
}
