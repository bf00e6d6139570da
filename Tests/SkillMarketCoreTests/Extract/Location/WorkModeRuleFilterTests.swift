import Testing

@testable import SkillMarketCore

/// `WorkModeText.collect` reaches a rule only for words `mayStartRule` passes: it must pass every
/// rule's first word, and the rules must still fire for each of them in every casing.
@Suite("Work mode rule filter")
struct WorkModeRuleFilterTests {
    static func passes(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return WorkModeText.mayStartRule(first: bytes[0], second: bytes[min(1, bytes.count - 1)], length: bytes.count)
    }

    @Test("passes every rule word", arguments: WorkModeText.ruleWords)
    func passesRuleWords(word: String) {
        #expect(Self.passes(word))
    }

    @Test(
        "rejects words no rule starts with",
        arguments: ["the", "to", "team", "our", "with", "will", "i", "r", "o", "remotes", "hybrids", "tele", "onsites"])
    func rejectsOtherWords(word: String) {
        #expect(!Self.passes(word))
    }

    @Test("each rule still fires through the filter, in any casing", arguments: [
        ("This role is remote.", [WorkMode.remote]), ("We work remotely.", [.remote]), ("A hybrid role.", [.hybrid]),
        ("Onsite in Austin.", [.onsite]), ("On site in Austin.", [.onsite]), ("Office based in Leeds.", [.onsite]),
        ("An in office role.", [.onsite]), ("WFH available.", [.remote]), ("You can work from home.", [.remote]),
        ("Working from home is fine.", [.remote]), ("It works from anywhere.", [.remote]),
        ("Telecommute allowed.", [.remote]), ("Telecommuting allowed.", [.remote]),
        ("Telecommuter friendly.", [.remote]), ("Telework allowed.", [.remote]), ("Teleworking allowed.", [.remote]),
        ("Teleworker friendly.", [.remote]),
    ])
    func rulesFire(text: String, expected: [WorkMode]) {
        for casing in [text, text.uppercased(), text.lowercased()] {
            let modes = WorkModeDetector().workModes(for: RawPosting(title: "Engineer"), description: casing)
            #expect(modes == expected, "\(casing)")
        }
    }
}
