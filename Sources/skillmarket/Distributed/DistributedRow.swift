import Foundation
import SkillMarketCore

/// One line of `distributed map` output: `BLOCK<TAB>FINGERPRINT<TAB>ROW`.
///
/// * `BLOCK`: the duplicate block key as 16 hex digits (empty without a fingerprint), the key a
///   cluster job groups lines by before `dedup`;
/// * `FINGERPRINT`: `DuplicateFingerprint.storage` in base64 (empty without one);
/// * `ROW`: JSON `{"fate": …}` where fate is `rejected`, `out_of_role`, `inactive` or `analyzed`
///   (filters applied, duplicates not yet known; `dedup` turns reposts into `duplicate`); an
///   analysed row adds `skills`, `families`, `seniority`, `country`, `work_modes`, `company` and
///   `salary` (its base annual midpoint in the salary population, else null).
enum DistributedRow {
    static let duplicate = #"{"fate":"duplicate"}"#

    static func line(for outcome: RecordOutcome, options: ReportOptions) -> String {
        guard case .posting(let posting) = outcome else { return "\t\t" + #"{"fate":"rejected"}"# }
        let prefix = posting.fingerprint.map { fingerprint in
            let hex = String(fingerprint.blockKey, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex + "\t"
                + Data(fingerprint.storage).base64EncodedString() + "\t"
        } ?? "\t\t"
        var json = JSONWriter()
        json.object { json in
            guard options.isInRole(posting) else { return json.field("fate", "out_of_role") }
            guard options.isAnalyzed(posting) else { return json.field("fate", "inactive") }
            json.field("fate", "analyzed")
            json.field("skills", strings: posting.skills.map(\.rawValue))
            json.field("families", strings: posting.families)
            json.field("seniority", posting.seniority.rawValue)
            json.field("country", posting.country?.rawValue)
            json.field("work_modes", strings: posting.workModes.map(\.rawValue))
            json.field("company", posting.company)
            json.key("salary")
            json.integer(options.salaryPoint(of: posting))
        }
        return prefix + json.text
    }
}
