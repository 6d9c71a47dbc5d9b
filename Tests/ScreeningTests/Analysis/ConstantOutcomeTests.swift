import CELSyntax
import Diagnostics
import Foundation
import Screening
import Testing

/// `ConditionAnalysis.constantOutcome`: conditions that can never be true or are always true
/// for every value the shipped schema allows, table-driven from `Fixtures/analysis/constant-outcomes.json`.
@Suite struct ConstantOutcomeTests {
    /// One row of the table: a condition and `never`, `always` or `depends`.
    struct Row: Decodable, Sendable, CustomTestStringConvertible {
        let when: String
        let outcome: String
        var testDescription: String { when }
    }

    static let rows: [Row] = {
        let url = PolicyCaseTests.root.appendingPathComponent("Fixtures/analysis/constant-outcomes.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([Row].self, from: data)) ?? []
    }()

    @Test func tableIsRead() {
        #expect(Self.rows.count >= 30)
    }

    @Test(arguments: rows)
    func outcome(_ row: Row) throws {
        let policy = try #require(PolicyCaseTests.compiled)
        let analysis = ConditionAnalysis(policy: policy)
        let expected: Bool? = row.outcome == "always" ? true : row.outcome == "never" ? false : nil
        switch analysis.constantOutcome(ofExpression: ExpressionSource(text: row.when, path: "table")) {
        case .success(let outcome):
            #expect(outcome == expected, "\(row.when): \(String(describing: outcome)), expected \(row.outcome)")
        case .failure(let failure):
            Issue.record("\(row.when) does not compile: \(DiagnosticRenderer(language: .en).text(failure.diagnostics))")
        }
    }

    /// No rule of the shipped policy is dead or unconditional, in `when` or `unless`.
    @Test func everyShippedRuleDependsOnTheProject() throws {
        let policy = try #require(PolicyCaseTests.compiled)
        let analysis = ConditionAnalysis(policy: policy)
        for rule in policy.policy.rules {
            #expect(analysis.constantOutcome(of: rule) == nil, "\(rule.id): when")
            if rule.unless != nil { #expect(analysis.constantOutcome(ofUnless: rule) == nil, "\(rule.id): unless") }
        }
    }
}
