import ArgumentParser
import SkillMarketCore

/// Counts what a run accepted and rejected, prints issues to stderr, and applies `--strict`.
struct RunDiagnostics {
    let strict: Bool
    /// Issues printed one per line; past this many only the count grows.
    let printLimit: Int
    private(set) var accepted = 0
    private(set) var rejected = 0
    private(set) var warnings = 0
    private(set) var unreadableInputs = 0

    init(strict: Bool, printLimit: Int = 100) {
        self.strict = strict
        self.printLimit = printLimit
    }

    /// Records a posting's dropped fields.
    mutating func accept(_ posting: ExtractedPosting) {
        accepted += 1
        warnings += posting.warnings.count
    }

    /// Prints the issue (within the limit); under `--strict` it ends the run with exit code 1.
    mutating func reject(_ issue: IngestIssue) throws {
        rejected += 1
        if rejected <= printLimit || strict { printError("skillmarket: \(issue)") }
        if strict { throw ExitCode(1) }
    }

    mutating func inputFailed(_ error: any Error) {
        unreadableInputs += 1
        printError("skillmarket: \(error)")
    }

    /// "2499 accepted, 1 rejected (first 100 shown), 3 fields dropped"
    var summary: String {
        var parts = ["\(accepted) accepted", "\(rejected) rejected" + (rejected > printLimit ? " (first \(printLimit) shown)" : "")]
        if warnings > 0 { parts.append("\(warnings) implausible field values dropped") }
        if unreadableInputs > 0 { parts.append("\(unreadableInputs) inputs unreadable") }
        return parts.joined(separator: ", ")
    }

    /// Exit code 1 when an input could not be read or nothing but bad records came in.
    var failed: Bool {
        unreadableInputs > 0 || (accepted == 0 && rejected > 0)
    }
}
