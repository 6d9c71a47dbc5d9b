import Foundation
import Testing

/// Golden tests of `screener lint`: the planted findings in text (vi, en) and JSON, the shipped
/// policy clean, and a policy that cannot be read; each transcript ends with the exit status
/// (0 clean, 1 findings, 2 unreadable).
@Suite struct LintCommandTests {
    static let planted = "Fixtures/malformed/lint-planted"

    /// A case: its golden name and the arguments after `lint`.
    static let cases: [(name: String, arguments: [String])] = [
        ("planted-text-vi", [planted]),
        ("planted-text-en", [planted, "--lang", "en"]),
        ("planted-json", [planted, "--format", "json", "--lang", "en"]),
        ("shipped-clean", []),
        ("shipped-clean-json", ["Rules/kien-giang-157", "--format", "json"]),
        ("load-errors", ["Fixtures/malformed/planted-policy", "--lang", "en"]),
        ("missing-policy", ["Rules/no-such-policy"]),
    ]

    @Test(arguments: cases.map(\.name))
    func outputMatchesGolden(_ name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let actual = try CommandSupport.transcript("lint", testCase.arguments)
        try CommandSupport.expectGolden(actual, at: "Tests/screenerTests/Golden/lint/\(name).txt")
    }
}
