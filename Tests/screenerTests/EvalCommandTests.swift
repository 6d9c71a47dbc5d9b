import Foundation
import Testing

/// Golden tests of `screener eval`: each case's stdout, stderr and exit status are compared
/// with `Golden/eval/NAME.txt` (re-record with RECORD_GOLDEN=1).
@Suite struct EvalCommandTests {
    static let cases: [(name: String, arguments: [String])] = [
        ("conjunction-text", ["project.annual_energy_toe >= 1000.0 && project.energy_intensity > 10.0",
                              "--project", "Fixtures/eval/cement-kien-luong.json"]),
        ("or-absorbs-unknown-json", ["project.env_group == 'I' || project.labour > 100",
                                     "--project", "Fixtures/eval/cement-kien-luong.json", "--format", "json"]),
        ("unknown-json", ["project.env_group == 'I'", "--project", "Fixtures/eval/cement-kien-luong.json",
                          "--format", "json"]),
        ("unknown-text-en", ["project.env_group == 'I' && project.site == 'outside'",
                             "--project", "Fixtures/eval/cement-kien-luong.json", "--lang", "en"]),
        ("overflow-json", ["9223372036854775807 + 1", "--format", "json"]),
        ("division-by-zero-text", ["1 / 0"]),
        ("parse-error-vi", ["1 +* 2"]),
        ("parse-error-en", ["[1, 2", "--lang", "en"]),
        ("check-error-en", ["x.size() + 'a'", "--var", "x=[1,2,3]", "--lang", "en"]),
        ("var-json", ["x.filter(n, n > 1).map(n, n * 2)", "--var", "x=[1,2,3]", "--format", "json"]),
        ("timestamp-text", ["timestamp('2020-10-21T00:00:00Z') + duration('72h')"]),
    ]

    func run(_ arguments: [String]) throws -> String {
        let result = try CommandSupport.run(["eval"] + arguments)
        return "$ screener eval " + arguments.map { "'\($0)'" }.joined(separator: " ") + "\n"
            + "--- stdout\n" + result.out + "--- stderr\n" + result.err + "--- exit \(result.status)\n"
    }

    @Test(arguments: cases.map(\.name))
    func outputMatchesGolden(_ name: String) throws {
        let arguments = try #require(Self.cases.first { $0.name == name }).arguments
        try CommandSupport.expectGolden(try run(arguments), at: "Tests/screenerTests/Golden/eval/\(name).txt")
    }
}
