import Diagnostics
import Foundation
import Screening
import Testing

/// The shipped policy's own test cases, and the policy with planted mistakes.
@Suite struct PolicyCaseTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let policyPath = root.appendingPathComponent("Rules/kien-giang-157").path

    static let compiled: CompiledPolicy? = {
        if case .success(let policy) = CompiledPolicy.load(path: policyPath) { return policy }
        return nil
    }()

    static let cases: [PolicyTestCase] = {
        guard let compiled else { return [] }
        return PolicyTestLoader.load(policyPath: policyPath, schema: compiled.schema).cases
    }()

    @Test func shippedPolicyLoadsWithoutDiagnostics() {
        if case .failure(let failure) = CompiledPolicy.load(path: Self.policyPath) {
            Issue.record("\(DiagnosticRenderer(language: .en).text(failure.diagnostics))")
        }
    }

    @Test func everyTestFileIsReadable() throws {
        let compiled = try #require(Self.compiled)
        let loaded = PolicyTestLoader.load(policyPath: Self.policyPath, schema: compiled.schema)
        #expect(loaded.diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).text(loaded.diagnostics))")
        #expect(loaded.cases.count >= 100)
    }

    @Test(arguments: cases.map(\.name))
    func policyCase(_ name: String) throws {
        let compiled = try #require(Self.compiled)
        let testCase = try #require(Self.cases.first { $0.name == name })
        let outcome = PolicyTestRunner(policy: compiled).run(testCase)
        for failure in outcome.failures {
            Issue.record("\(testCase.location): \(failure.text(.en))")
        }
    }

    @Test func everyRuleFiresInSomeCaseAndIsSeenNotFiring() throws {
        let compiled = try #require(Self.compiled)
        let runner = PolicyTestRunner(policy: compiled)
        var coverage = PolicyCoverage()
        for testCase in Self.cases { coverage.add(runner.run(testCase).traces) }
        #expect(coverage.rules.map(\.rule) == compiled.ruleIDs)
        let uncovered = coverage.rules.filter { !$0.isCovered }.map(\.rule)
        #expect(uncovered.isEmpty, "never fired or never seen not firing: \(uncovered)")
    }

    /// The planted mistakes: a YAML indentation error, a misspelt field, a string compared
    /// with a number, a rule citing an unknown parameter — all reported, each at its place.
    @Test func plantedMistakesAreAllReportedWithPositions() {
        let path = Self.root.appendingPathComponent("Fixtures/malformed/planted-policy").path
        guard case .failure(let failure) = CompiledPolicy.load(path: path) else {
            Issue.record("the planted policy loaded")
            return
        }
        let found = failure.diagnostics.map { diagnostic -> String in
            let file = (diagnostic.location?.file ?? "").split(separator: "/").last.map(String.init) ?? ""
            return "\(file):\(diagnostic.location?.line ?? 0):\(diagnostic.location?.column ?? 0)"
        }.sorted()
        #expect(found == [
            "indentation.yaml:6:4",
            "misspelt-and-mistyped.yaml:15:30",
            "misspelt-and-mistyped.yaml:5:20",
            "unknown-parameter.yaml:5:46",
        ])
        #expect(failure.diagnostics.allSatisfy { $0.sourceLine != nil })
    }
}
