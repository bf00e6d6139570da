import SkillMarketCore
import Testing

struct SeniorityCase: Sendable, CustomTestStringConvertible {
    let title: String
    let description: String
    let expected: Seniority

    init(_ title: String, _ expected: Seniority, description: String = "") {
        self.title = title
        self.description = description
        self.expected = expected
    }

    var testDescription: String { "\(title) | \(description.prefix(40)) → \(expected)" }
}

@Suite("Seniority classifier")
struct SeniorityClassifierTests {
    @Test(
        "Seniority comes from the title first, then required years, else mid",
        arguments: [
            SeniorityCase("Staff Machine Learning Engineer", .staff),
            SeniorityCase("Principal Data Scientist", .staff),
            SeniorityCase("Lead Data Engineer", .staff),
            SeniorityCase("Distinguished Engineer", .staff),
            SeniorityCase("Senior Staff Software Engineer", .staff),
            SeniorityCase("Head of Data", .staff),
            SeniorityCase("Director, Data Science", .staff),
            SeniorityCase("VP Engineering", .staff),
            SeniorityCase("Associate Director, Analytics", .staff),
            SeniorityCase("Senior Data Scientist", .senior),
            SeniorityCase("Sr. Data Analyst", .senior),
            SeniorityCase("Data Scientist, Senior", .senior),
            SeniorityCase("Data Analyst III", .senior),
            SeniorityCase("Big Data Architect", .senior),
            SeniorityCase("Senior Associate, Data", .senior),
            SeniorityCase("Data Science Intern", .entry),
            SeniorityCase("Summer Internship - Analytics", .entry),
            SeniorityCase("Junior Data Analyst", .entry),
            SeniorityCase("Jr. Data Scientist", .entry),
            SeniorityCase("Associate Data Scientist", .entry),
            SeniorityCase("Data Scientist – New College Grad", .entry),
            SeniorityCase("Entry Level Data Analyst", .entry),
            SeniorityCase("Data Analyst I", .entry),
            SeniorityCase("Data Analyst 1", .entry),
            SeniorityCase("Graduate Software Engineer", .entry),
            SeniorityCase("Data Engineer II", .mid),
            SeniorityCase("Mid-Level Data Scientist", .mid),
            SeniorityCase("Data Scientist", .mid),
            SeniorityCase("Engineer 24/7 support", .mid),
            SeniorityCase("Early Career Data Analyst", .entry),
            SeniorityCase("Career Early Data Analyst", .mid),
            SeniorityCase("Data Analyst V", .senior),
            SeniorityCase("Level 1 Support Engineer", .entry),
            SeniorityCase("2 Data Analysts", .mid),
            SeniorityCase("Software Apprenticeship", .entry),
            SeniorityCase("Disapprenticeship Engineer", .mid),
            SeniorityCase("Ingénieur Principal", .staff),
            SeniorityCase("Associate 3", .entry),
            SeniorityCase("DATA ANALYST II & Lead", .staff),
            // Description fallback.
            SeniorityCase("Data Scientist", .senior, description: "Requirements: 5+ years of experience with Python."),
            SeniorityCase("Data Scientist", .senior, description: "Minimum of seven years' professional experience."),
            SeniorityCase("Data Analyst", .mid, description: "3-5 years of relevant experience in SQL."),
            SeniorityCase("Data Analyst", .entry, description: "0-2 years experience; new graduates welcome."),
            SeniorityCase("Data Analyst", .entry, description: "1+ yrs exp with Excel"),
            SeniorityCase("Data Analyst", .mid, description: "Experience: 3 years in analytics"),
            SeniorityCase("Data Analyst", .entry, description: "This is an entry-level role."),
            SeniorityCase("Data Analyst", .entry, description: "Open to recent graduates."),
            SeniorityCase("Data Analyst", .mid, description: "We have been in business for over 20 years."),
            SeniorityCase("Data Analyst", .mid, description: "Founded 10 years ago, we serve 500 clients."),
            SeniorityCase("Data Analyst", .mid, description: "Our 25 years of experience in retail make us leaders."),
            SeniorityCase("Data Analyst", .mid, description: ""),
            SeniorityCase("Data Analyst", .entry, description: "NEW GRAD program"),
            SeniorityCase("Data Analyst", .entry, description: "Ideal for a recent college grad."),
            SeniorityCase("Data Analyst", .entry, description: "Entry Level. No experience required!"),
            SeniorityCase("Data Analyst", .mid, description: "Renewal graduates, entry fee, level ground."),
            SeniorityCase("Data Analyst", .mid, description: "Entry level role; 2 years of experience preferred."),
            SeniorityCase("Senior Data Analyst", .senior, description: "0-1 years of experience"),
            // Byte-level reading of the years: case, ranges, odd spacing, number words, windows.
            SeniorityCase("Data Analyst", .senior, description: "SIX YEARS OF EXPERIENCE"),
            SeniorityCase("Data Analyst", .mid, description: "3\u{2013}6 years experience"),
            SeniorityCase("Data Analyst", .mid, description: "4 to 8 Yrs Experience"),
            SeniorityCase("Data Analyst", .senior, description: "(5+)\u{a0}years of Experience"),
            SeniorityCase("Data Analyst", .entry, description: "EXPERIENCE: 007 yrs and 1 yr exp needed"),
            SeniorityCase("Data Analyst", .mid, description: "Experience \u{e9}t\u{e9} 12345678901 years"),
            SeniorityCase("Data Analyst", .mid, description: "Sixteen years of experience"),
            SeniorityCase("Data Analyst", .mid, description: "5 years. " + String(repeating: "x", count: 60) + " experience"),
            SeniorityCase("Data Analyst", .mid, description: "5 years-long experience"),
            SeniorityCase("Data Analyst", .mid, description: "5 years old experience"),
            SeniorityCase("Data Analyst", .entry, description: "Brand-new graduate? Entry\u{2011}level is fine."),
        ])
    func decidesSeniority(_ c: SeniorityCase) {
        #expect(SeniorityClassifier().seniority(title: c.title, description: c.description) == c.expected)
    }

    @Test(
        "Year words and entry phrases count only where a word starts, at any 64-byte offset",
        arguments: [
            SeniorityCase("Engineer", .senior, description: "5+ years of experience"),
            SeniorityCase("Engineer", .mid, description: "Years: 3 years experience required"),
            SeniorityCase("Engineer", .mid, description: "5years of experience"),
            SeniorityCase("Engineer", .entry, description: "We welcome a new grad."),
            SeniorityCase("Engineer", .entry, description: "renew grad programme"),
            SeniorityCase("Engineer", .entry, description: "Entry-Level role"),
            SeniorityCase("Engineer", .mid, description: "entry  level"),
            SeniorityCase("Engineer", .entry, description: "no experience required"),
            SeniorityCase("Engineer", .entry, description: "recent college graduate"),
            SeniorityCase("Engineer", .mid, description: String(repeating: "x", count: 62) + " 2 years of experience"),
            SeniorityCase("Engineer", .mid, description: ""),
        ])
    func readsDescriptionWordStarts(_ c: SeniorityCase) {
        #expect(SeniorityClassifier().seniority(title: c.title, description: c.description) == c.expected)
    }

    @Test(
        "A word's first byte, in either case, decides whether a year word or an entry phrase may start there",
        arguments: [
            SeniorityCase("Data Scientist", .mid, description: "Requires 3 YEARS of experience."),
            SeniorityCase("Data Scientist", .entry, description: "1 yr experience"),
            SeniorityCase("Data Scientist", .senior, description: "Years: 7+ years experience; entry level"),
            SeniorityCase("Data Scientist", .entry, description: "ENTRY-LEVEL role"),
            SeniorityCase("Data Scientist", .entry, description: "Recent Grad welcome"),
            SeniorityCase("Data Scientist", .entry, description: "Great for a new graduate"),
            SeniorityCase("Data Scientist", .entry, description: "no Experience Required"),
            SeniorityCase("Data Scientist", .entry, description: "Casino experience required"),
            SeniorityCase("Data Scientist", .mid, description: "Yearly bonus, Gradle builds"),
            SeniorityCase("Data Scientist", .mid, description: "Leveling up, expert"),
            SeniorityCase("Data Scientist", .mid, description: "entry\u{a0}level"),
            SeniorityCase("Data Scientist", .mid, description: "\u{c9}ntry level"),
        ])
    func readsFirstBytesOfEitherCase(_ c: SeniorityCase) {
        #expect(SeniorityClassifier().seniority(title: c.title, description: c.description) == c.expected)
    }
}
