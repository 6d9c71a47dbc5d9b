import Diagnostics
import Foundation
import Screening
import Testing

/// The lint passes: each planted finding at its place, the shipped policy clean, and the
/// passes as an extensible list.
@Suite struct PolicyLinterTests {
    static let root = PolicyCaseTests.root

    /// `code file:line:column` of each finding, sorted.
    static func places(_ report: LintReport) -> [String] {
        report.diagnostics.map { diagnostic in
            let file = (diagnostic.location?.file ?? "").split(separator: "/").last.map(String.init) ?? ""
            return "\(diagnostic.code) \(file):\(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0)"
        }.sorted()
    }

    @Test func shippedPolicyLintsClean() {
        let report = PolicyLinter.lint(path: PolicyCaseTests.policyPath)
        #expect(report.readable)
        #expect(report.diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).text(report.diagnostics))")
    }

    @Test func plantedFindingsAreEachReportedAtTheirPlace() {
        let report = PolicyLinter.lint(path: Self.root.appendingPathComponent("Fixtures/malformed/lint-planted").path)
        #expect(report.readable)
        #expect(Self.places(report) == [
            "lint.duplicate_condition planted.yaml:24:9",
            "lint.translation planted.yaml:24:9",
            "lint.unused_fact policy.yaml:21:3",
            "lint.unused_list policy.yaml:15:3",
            "lint.unused_parameter policy.yaml:12:3",
            "policy.clause planted.yaml:19:20",
            "policy.translation planted.yaml:15:7",
        ])
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 5)
        #expect(warnings.allSatisfy { $0.sourceLine != nil })
    }

    @Test func anExtraPassRunsAfterTheLoader() {
        let marker = Diagnostic(severity: .note, code: "test.extra", location: nil, message: LocalizedText(verbatim: "x"))
        let report = PolicyLinter.lint(path: PolicyCaseTests.policyPath, passes: [{ _ in [marker] }])
        #expect(report.diagnostics == [marker])
    }

    @Test func anUnreadablePolicyIsNotReadable() {
        let report = PolicyLinter.lint(path: Self.root.appendingPathComponent("Rules/no-such-policy").path)
        #expect(!report.readable)
        #expect(report.diagnostics.map(\.code) == ["policy.file"])
    }
}
