import Testing

@testable import SkillMarketCore

@Suite("Text file lines")
struct TextFileLinesTests {
    @Test(
        "LF and CRLF files give the same numbered lines",
        arguments: [
            ("a\tb\nc\n", [(1, "a\tb"), (2, "c"), (3, "")]),
            ("a\tb\r\nc\r\n", [(1, "a\tb"), (2, "c"), (3, "")]),
            ("only", [(1, "only")]),
            ("", [(1, "")]),
            ("x\r\n\r\ny\rz", [(1, "x"), (2, ""), (3, "y\rz")]),
        ])
    func lines(text: String, expected: [(Int, String)]) {
        let lines = TextFileLines.lines(of: text)
        #expect(lines.map(\.number) == expected.map(\.0))
        #expect(lines.map { String($0.text) } == expected.map(\.1))
    }

    @Test("company alias and role catalogue files load with Windows line ends")
    func catalogueFilesWithCRLF() throws {
        let aliases = try CompanyNormalizer.parseAliases("alias\tcanonical\r\nACME LLP\tAcme\r\n# note\r\n")
        #expect(aliases == ["ACME LLP": "Acme"])
        let roles = "role\tdata-engineer\tData Engineer\r\ntitle\tdata-engineer\tdata engineer\r\n"
        let catalogue = try RoleCatalogue(tsv: roles)
        #expect(RoleClassifier(catalogue: catalogue).role(title: "Senior Data Engineer", description: "")?.rawValue
            == "data-engineer")
    }
}
