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
            "lint.never_true planted.yaml:37:12",
            "lint.never_true planted.yaml:5:12",
            "lint.translation planted.yaml:24:9",
            "lint.unused_fact policy.yaml:21:3",
            "lint.unused_list policy.yaml:15:3",
            "lint.unused_parameter policy.yaml:12:3",
            "policy.clause planted.yaml:19:20",
            "policy.translation planted.yaml:15:7",
        ])
        let warnings = report.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 7)
        #expect(report.diagnostics.allSatisfy { $0.sourceLine != nil })
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

    /// Two rules' `when` (YAML), and whether lint must call them the same condition.
    static let conditionPairs: [(first: String, second: String, same: Bool)] = [
        ("'project.annual_energy_toe > 1.0 && project.energy_intensity < 2.0'",
         "'(project.annual_energy_toe>1.0) && (project.energy_intensity < 2.0)'", true),
        ("{all: ['project.annual_energy_toe > 1.0', 'project.energy_intensity < 2.0']}",
         "'project.annual_energy_toe > 1.0 && project.energy_intensity < 2.0'", true),
        ("'project.annual_energy_toe > 1.0'", "'project.annual_energy_toe >= 1.0'", false),
        ("{any: ['project.annual_energy_toe > 1.0', 'project.energy_intensity < 2.0']}",
         "{all: ['project.annual_energy_toe > 1.0', 'project.energy_intensity < 2.0']}", false),
    ]

    @Test(arguments: conditionPairs.indices)
    func duplicateConditionsAreComparedAsTrees(_ index: Int) throws {
        let pair = Self.conditionPairs[index]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lint-pair-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let planted = Self.root.appendingPathComponent("Fixtures/malformed/lint-planted/schema.yaml")
        try FileManager.default.copyItem(at: planted, to: folder.appendingPathComponent("schema.yaml"))
        func rule(_ id: String, _ when: String) -> String {
            """
              - id: \(id)
                title: {vi: "Quy tắc \(id)", en: "Rule \(id)"}
                cite: {clause: "1"}
                when: \(when)
                effect: review
                message: {vi: "Thông điệp \(id)", en: "Message \(id)"}

            """
        }
        let policy = """
            policy: {id: pair, version: "0", title: {vi: "Cặp", en: "Pair"}, schema: schema.yaml}
            rules:

            """ + rule("FIRST", pair.first) + rule("SECOND", pair.second)
        try policy.write(to: folder.appendingPathComponent("policy.yaml"), atomically: true, encoding: .utf8)
        let report = PolicyLinter.lint(path: folder.path)
        let codes = report.diagnostics.map(\.code).filter { $0 != "lint.no_clause_index" }
        #expect(codes == (pair.same ? ["lint.duplicate_condition"] : []),
                "\(DiagnosticRenderer(language: .en).text(report.diagnostics))")
    }
}
