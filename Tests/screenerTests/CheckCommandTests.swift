import Foundation
import Testing

/// Golden tests of `screener check`: each case's stdout, stderr and exit status are compared
/// with `Golden/check/NAME.txt` (re-record with RECORD_GOLDEN=1), with policy digests written
/// `sha256:…` so that an edit of the policy's comments does not change every golden file; and
/// every sample application in `Fixtures/projects` gets the verdict `expected.yaml` gives it.
@Suite struct CheckCommandTests {
    static let packageRoot = CommandSupport.packageRoot

    static let projects = "Fixtures/projects/"
    static let inputs = "Tests/screenerTests/Golden/check/inputs/"
    static let reject = projects + "kg-2024-007-lo-voi-hon-dat.yaml"
    static let needsInfo = projects + "kg-2024-020-che-bien-hai-san-hon-dat.yaml"
    static let review = projects + "kg-reg-012-bot-ca-rach-gia.yaml"
    static let conditional = projects + "kg-2024-013-linh-kien-dien-tu-han-quoc.yaml"
    static let approve = projects + "kg-2024-001-may-xuat-khau-thanh-loc.yaml"
    static let miniPolicy = inputs + "mini-policy"

    /// A case: its golden name, the arguments after `check`, and extra environment variables.
    static let cases: [(name: String, arguments: [String], environment: [String: String])] = [
        ("reject-text-vi", [reject], [:]),
        ("reject-text-en", [reject, "--lang", "en"], [:]),
        ("reject-json", [reject, "--format", "json"], [:]),
        ("reject-markdown", [reject, "--format", "markdown"], [:]),
        ("needs-info-text-vi", [needsInfo], [:]),
        ("needs-info-text-en", [needsInfo, "--lang", "en"], [:]),
        ("needs-info-json", [needsInfo, "--format", "json"], [:]),
        ("needs-info-markdown", [needsInfo, "--format", "markdown"], [:]),
        ("review-text-vi", [review], [:]),
        ("conditional-text-vi", [conditional], [:]),
        ("conditional-text-en", [conditional, "--lang", "en"], [:]),
        ("conditional-json", [conditional, "--format", "json"], [:]),
        ("conditional-markdown", [conditional, "--format", "markdown"], [:]),
        ("approve-priority-text-vi", [approve], [:]),
        ("approve-priority-text-en", [approve, "--lang", "en"], [:]),
        ("approve-priority-json", [approve, "--format", "json", "--lang", "en"], [:]),
        ("approve-priority-markdown-en", [approve, "--format", "markdown", "--lang", "en"], [:]),
        ("reject-condition-note-text-vi", [projects + "kg-2024-005-clinker-binh-tri.yaml"], [:]),
        ("needs-info-number-text-en", [projects + "kg-2024-034-bot-gao-thieu-so-lieu-nang-luong.yaml", "--lang", "en"], [:]),
        ("two-files-json-array", [reject, approve, "--format", "json"], [:]),
        ("two-files-text", [reject, approve], [:]),
        ("mini-missing-errors-text-vi", ["--policy", miniPolicy, inputs + "mini-project.yaml"], [:]),
        ("mini-missing-errors-markdown-en", ["--policy", miniPolicy, inputs + "mini-project.yaml", "--format", "markdown", "--lang", "en"], [:]),
        ("mini-list-file-text-en", ["--policy", miniPolicy, inputs + "mini-projects.yaml", "--lang", "en"], [:]),
        ("mini-list-file-json", ["--policy", miniPolicy, inputs + "mini-projects.yaml", "--format", "json"], [:]),
        ("mini-list-file-markdown", ["--policy", miniPolicy, inputs + "mini-projects.yaml", "--format", "markdown"], [:]),
        ("wrong-type-vi", [inputs + "wrong-type.yaml"], [:]),
        ("wrong-type-en", [inputs + "wrong-type.yaml", "--lang", "en"], [:]),
        ("unknown-enum", [inputs + "unknown-enum.yaml"], [:]),
        ("bad-indentation", [inputs + "bad-indent.yaml"], [:]),
        ("bad-file-others-screened", [inputs + "unknown-enum.yaml", reject, "--format", "json"], [:]),
        ("missing-file", [inputs + "no-such-project.yaml"], [:]),
        ("empty-list", [inputs + "empty-list.yaml", reject, "--format", "json"], [:]),
        ("bad-policy-path", [reject, "--policy", "Rules/no-such-policy"], [:]),
        ("bad-policy-from-environment", [reject], ["SCREENER_POLICY": "Rules/no-such-policy"]),
        ("policy-option-wins", [reject, "--policy", "Rules/kien-giang-157", "--format", "json"],
         ["SCREENER_POLICY": "Rules/no-such-policy"]),
        ("fail-on-review-reject", [reject, "--fail-on", "review", "--format", "json"], [:]),
        ("fail-on-review-needs-info", [needsInfo, "--fail-on", "review", "--format", "json"], [:]),
        ("fail-on-review-review", [review, "--fail-on", "review", "--format", "json"], [:]),
        ("fail-on-review-conditional", [conditional, "--fail-on", "review", "--format", "json"], [:]),
        ("fail-on-review-approve", [approve, "--fail-on", "review", "--format", "json"], [:]),
        ("fail-on-unknown-level", [reject, "--fail-on", "approve"], [:]),
        ("explain-reject-text-vi", [projects + "kg-2024-005-clinker-binh-tri.yaml", "--explain"], [:]),
        ("explain-reject-text-en", [projects + "kg-2024-005-clinker-binh-tri.yaml", "--explain", "--lang", "en"], [:]),
        ("explain-reject-json", [projects + "kg-2024-005-clinker-binh-tri.yaml", "--explain", "--format", "json"], [:]),
        ("explain-tags-text-vi", [projects + "kg-2024-009-gach-nung-thu-cong-giong-rieng.yaml", "--explain"], [:]),
        ("explain-solved-ratio-text-en", [projects + "kg-2024-025-che-bien-go-vinh-thuan.yaml", "--explain", "--lang", "en"], [:]),
        ("explain-no-exact-answer-text-vi", ["--policy", miniPolicy, inputs + "mini-shifts.yaml", "--explain"], [:]),
        ("explain-needs-info-text-vi", [needsInfo, "--explain"], [:]),
        ("explain-needs-info-json-en", [projects + "kg-2024-034-bot-gao-thieu-so-lieu-nang-luong.yaml", "--explain", "--format", "json", "--lang", "en"], [:]),
        ("explain-approve-text-en", [approve, "--explain", "--lang", "en"], [:]),
        ("explain-together-text-vi", [inputs + "paddy-and-forest.yaml", "--explain"], [:]),
        ("explain-reject-markdown", [projects + "kg-2024-005-clinker-binh-tri.yaml", "--explain", "--format", "markdown"], [:]),
        ("explain-together-json-en", [inputs + "paddy-and-forest.yaml", "--explain", "--format", "json", "--lang", "en"], [:]),
    ]

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (out: String, err: String, status: Int32) {
        try CommandSupport.run(["check"] + arguments, environment: environment)
    }

    @Test(arguments: cases.map(\.name))
    func outputMatchesGolden(_ name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let actual = try CommandSupport.transcript("check", testCase.arguments, environment: testCase.environment)
        try CommandSupport.expectGolden(actual, at: "Tests/screenerTests/Golden/check/\(name).txt")
    }

    /// `expected.yaml` as file name → verdict: top-level keys ending in `.yaml` or `.json`, each
    /// followed by an indented `verdict:` line.
    static func expectedVerdicts() throws -> [String: String] {
        let url = packageRoot.appendingPathComponent(projects + "expected.yaml")
        var verdicts: [String: String] = [:]
        var current: String?
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            if !line.hasPrefix(" "), !line.hasPrefix("#"), line.hasSuffix(":") {
                current = String(line.dropLast())
            } else if let file = current, line.hasPrefix("  verdict:") {
                verdicts[file] = line.dropFirst("  verdict:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        return verdicts
    }

    @Test func everySampleGetsItsExpectedVerdict() throws {
        let expected = try Self.expectedVerdicts()
        let folder = Self.packageRoot.appendingPathComponent(Self.projects)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && $0 != "expected.yaml" }
            .sorted()
        #expect(Set(files) == Set(expected.keys), "every sample has an expected verdict, and every expected verdict a sample")
        let result = try run(files.map { Self.projects + $0 } + ["--format", "json"])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        try #require(array.count == files.count)
        for (file, object) in zip(files, array) {
            let verdict = object["verdict"] as? String
            #expect(verdict == expected[file], "\(file): got \(verdict ?? "nothing"), expected \(expected[file] ?? "nothing")")
        }
    }
}
