import Foundation
import Testing

/// Golden tests of `screener test`: failures with expected against actual and rule traces,
/// coverage and `--min-coverage` on a small failing policy and on the shipped policy.
@Suite struct TestCommandTests {
    static let failing = "Tests/screenerTests/Golden/test/inputs/failing-policy"

    /// A case: its golden name and the arguments after `test`.
    static let cases: [(name: String, arguments: [String])] = [
        ("failing-coverage-vi", [failing, "--coverage"]),
        ("failing-min-coverage-en", [failing, "--min-coverage", "100", "--lang", "en"]),
        ("shipped-coverage-en", ["--coverage", "--lang", "en"]),
        ("shipped-min-coverage", ["Rules/kien-giang-157", "--min-coverage", "100"]),
        ("bad-min-coverage", ["--min-coverage", "101"]),
    ]

    @Test(arguments: cases.map(\.name))
    func outputMatchesGolden(_ name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let actual = try CommandSupport.transcript("test", testCase.arguments)
        try CommandSupport.expectGolden(actual, at: "Tests/screenerTests/Golden/test/\(name).txt")
    }
}
