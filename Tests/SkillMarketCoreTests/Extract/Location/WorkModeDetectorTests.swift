import SkillMarketCore
import Testing

struct WorkModeCase: Sendable, CustomTestStringConvertible {
    var title = "Engineer"
    var location: String? = nil
    var workplace: String? = nil
    var text = ""
    let expected: [WorkMode]
    var testDescription: String { "\(workplace ?? "") \(title) / \(location ?? "") / \(text)" }
}

@Suite("Work mode detector")
struct WorkModeDetectorTests {
    static func modes(_ c: WorkModeCase) -> [WorkMode] {
        let posting = RawPosting(title: c.title, location: c.location, workplace: c.workplace)
        return WorkModeDetector().workModes(for: posting, description: c.text)
    }

    @Test("positive statements in title, location and description", arguments: [
        WorkModeCase(text: "This is a fully remote role.", expected: [.remote]),
        WorkModeCase(text: "Job type: Full-time. Work location: In person", expected: [.onsite]),
        WorkModeCase(text: "Interviews are held in person.", expected: []),
        WorkModeCase(title: "Data Engineer (Remote)", expected: [.remote]),
        WorkModeCase(location: "Remote - US", expected: [.remote]),
        WorkModeCase(text: "We are a remote-first company.", expected: [.remote]),
        WorkModeCase(text: "You can work from home every day.", expected: [.remote]),
        WorkModeCase(text: "WFH available.", expected: [.remote]),
        WorkModeCase(text: "Telecommuting is fine.", expected: [.remote]),
        WorkModeCase(text: "This is a hybrid role.", expected: [.hybrid]),
        WorkModeCase(text: "Expect 2 days in office per week.", expected: [.hybrid]),
        WorkModeCase(text: "You will be in the office three days a week.", expected: [.hybrid]),
        WorkModeCase(text: "Onsite 2x per week in Denver.", expected: [.hybrid]),
        WorkModeCase(text: "This position is on-site in Austin.", expected: [.onsite]),
        WorkModeCase(text: "Onsite five days a week.", expected: [.onsite]),
        WorkModeCase(text: "An in-office role in Leeds.", expected: [.onsite]),
        WorkModeCase(text: "This is an office-based position.", expected: [.onsite]),
        WorkModeCase(text: "This is an in-person role.", expected: [.onsite]),
        WorkModeCase(title: "Analyst", text: "Remote or hybrid in London", expected: [.hybrid, .remote]),
        WorkModeCase(text: "Stockholm | On-site (Hybrid) | Full-time", expected: [.hybrid, .onsite]),
        WorkModeCase(text: "Hybrid remote schedule.", expected: [.hybrid]),
        WorkModeCase(text: "Some remote work is allowed.", expected: [.hybrid]),
        WorkModeCase(text: "No relocation needed, remote.", expected: [.remote]),
        // Only clauses with a key word are read, but a day count may sit just past the clause.
        WorkModeCase(text: "Great benefits. Onsite 3. Days vary by team.", expected: [.hybrid]),
        WorkModeCase(text: "Teams meet weekly; you will work from home.", expected: [.remote]),
        WorkModeCase(text: "W\u{2019}FH is fine.", expected: [.remote]),
        WorkModeCase(text: "Our office\nis in town\nand we are hybrid", expected: [.hybrid]),
        WorkModeCase(text: "You will work from the office.", expected: [.onsite]),
        WorkModeCase(text: "Working in the office is expected.", expected: [.onsite]),
        WorkModeCase(text: "In person attendance required.", expected: [.onsite]),
        WorkModeCase(text: "Telework days are flexible.", expected: [.remote]),
        WorkModeCase(text: "Tele\u{2019}working is fine.", expected: [.remote]),
        WorkModeCase(text: "Our team: Hy'brid.", expected: [.hybrid]),
    ])
    func detectsModes(_ c: WorkModeCase) {
        #expect(Self.modes(c) == c.expected)
    }

    @Test("negations are respected and denying remote implies on-site", arguments: [
        WorkModeCase(text: "This is not a remote position.", expected: [.onsite]),
        WorkModeCase(text: "No remote work.", expected: [.onsite]),
        WorkModeCase(text: "Remote work is not available for this role.", expected: [.onsite]),
        WorkModeCase(text: "This is a non-remote job.", expected: [.onsite]),
        WorkModeCase(text: "Remote: no", expected: [.onsite]),
        WorkModeCase(text: "We don't offer work from home.", expected: [.onsite]),
        WorkModeCase(text: "This role isn’t remote.", expected: [.onsite]),
        WorkModeCase(text: "The job cannot be performed remotely.", expected: [.onsite]),
        WorkModeCase(text: "Not remote. Hybrid, 3 days in office.", expected: [.hybrid]),
    ])
    func respectsNegations(_ c: WorkModeCase) {
        #expect(Self.modes(c) == c.expected)
    }

    @Test("look-alike phrases are not work modes", arguments: [
        WorkModeCase(title: "Remote Sensing Analyst", expected: []),
        WorkModeCase(text: "Experience with remote monitoring of patients.", expected: []),
        WorkModeCase(text: "Remote patient care programs.", expected: []),
        WorkModeCase(text: "Build remote control software.", expected: []),
        WorkModeCase(text: "Serve rural and remote communities.", expected: []),
        WorkModeCase(text: "Design hybrid cloud infrastructure.", expected: []),
        WorkModeCase(text: "Work on plug-in hybrid vehicles.", expected: []),
        WorkModeCase(text: "Enjoy our on-site gym and onsite cafeteria.", expected: []),
        WorkModeCase(text: "Proficiency in Office 365.", expected: []),
        WorkModeCase(text: "In-person interviews are held in May.", expected: []),
        WorkModeCase(text: "A great team building great products.", expected: []),
    ])
    func ignoresLookAlikes(_ c: WorkModeCase) {
        #expect(Self.modes(c) == c.expected)
    }

    @Test("a structured workplace wins over the text", arguments: [
        WorkModeCase(workplace: "remote", text: "Hybrid, 2 days in office.", expected: [.remote]),
        WorkModeCase(workplace: "TELECOMMUTE", expected: [.remote]),
        WorkModeCase(workplace: "On-site", text: "Fully remote.", expected: [.onsite]),
        WorkModeCase(workplace: "Office", expected: [.onsite]),
        WorkModeCase(workplace: "hybrid, remote", expected: [.hybrid, .remote]),
        WorkModeCase(workplace: "1.0", text: "This is a hybrid role.", expected: [.hybrid]),
        WorkModeCase(workplace: "", text: "Remote.", expected: [.remote]),
    ])
    func prefersStructuredWorkplace(_ c: WorkModeCase) {
        #expect(Self.modes(c) == c.expected)
    }

    @Test("key words are found through apostrophes, clause marks, non-ASCII bytes and 64-byte blocks", arguments: [
        WorkModeCase(text: "This role is re'mote.", expected: [.remote]),
        WorkModeCase(text: "This role is re\u{2019}mote.", expected: [.remote]),
        WorkModeCase(text: "\u{2019}remote role", expected: [.remote]),
        WorkModeCase(text: "remote\u{2019}s team", expected: []),
        WorkModeCase(text: "It isn\u{2019}t remote.", expected: [.onsite]),
        WorkModeCase(text: "Work from home \u{2013} not available", expected: [.remote]),
        WorkModeCase(text: "Benefits \u{2022} remote", expected: [.remote]),
        WorkModeCase(text: "remote", expected: [.remote]),
        WorkModeCase(text: "We are on site", expected: [.onsite]),
        WorkModeCase(text: "o'n site", expected: [.onsite]),
        WorkModeCase(text: "Our office is in Leeds and you work from home", expected: [.remote]),
        WorkModeCase(text: String(repeating: "x", count: 70) + " remote", expected: [.remote]),
        WorkModeCase(
            text: String(repeating: "a", count: 64) + " hybrid " + String(repeating: "b", count: 64), expected: [.hybrid]),
        WorkModeCase(text: "REMOTE\u{11}office based", expected: [.onsite, .remote]),
        WorkModeCase(text: "caf\u{e9} remote", expected: [.remote]),
        WorkModeCase(text: "in the office 3 days a week remote sensing home and office", expected: [.hybrid]),
        WorkModeCase(text: "hybrid1 remote2 telecommuting", expected: [.remote]),
    ])
    func findsKeyWordsAtEdges(_ c: WorkModeCase) {
        #expect(Self.modes(c) == c.expected)
    }

    /// Sixty short words: more than a clause's words read on the stack.
    static let manyWords = String(repeating: "we do ", count: 30)

    @Test("clauses longer than the stack buffers (48 words, 512 bytes) are read whole", arguments: [
        WorkModeCase(text: manyWords + "a fully remote role.", expected: [.remote]),
        WorkModeCase(text: "Remote " + manyWords + "and more.", expected: [.remote]),
        WorkModeCase(text: manyWords + "this is not remote", expected: [.onsite]),
        WorkModeCase(text: "not " + manyWords + " remote", expected: [.remote]),
        WorkModeCase(text: manyWords + "in office 3 days a week", expected: [.hybrid]),
        WorkModeCase(text: "hybrid " + String(repeating: "x", count: 600), expected: [.hybrid]),
        WorkModeCase(text: String(repeating: "y", count: 600) + " remote sensing", expected: []),
        WorkModeCase(text: "Remote, " + manyWords + "remote work is not available", expected: [.onsite]),
    ])
    func readsLongClauses(_ c: WorkModeCase) {
        #expect(Self.modes(c) == c.expected)
    }

    @Test("keys bound to the word before them (on site, in person, from home) are read through apostrophes and marks", arguments: [
        WorkModeCase(text: "Our office and home.", expected: []),
        WorkModeCase(text: "work fr'om home", expected: [.remote]),
        WorkModeCase(text: "work fr\u{2019}om home", expected: [.remote]),
        WorkModeCase(text: "on\u{2019} site", expected: [.onsite]),
        WorkModeCase(text: "on \u{2013} site", expected: []),
        WorkModeCase(text: "in, person role", expected: []),
        WorkModeCase(text: "Office  \"based\"", expected: [.onsite]),
        WorkModeCase(text: "office base'd", expected: [.onsite]),
        WorkModeCase(text: "work at the office every day", expected: [.onsite]),
        WorkModeCase(text: "work from anywhere", expected: [.remote]),
        WorkModeCase(text: "The site is on site", expected: [.onsite]),
    ])
    func readsContextBoundKeys(_ c: WorkModeCase) {
        #expect(Self.modes(c) == c.expected)
    }
}
