import CEL
import Foundation
import Screening
import Testing

/// The analysis stays bounded on a policy built to make it grow: facts that read the fact
/// before them twice, forty deep, and a rule comparing fields with a thousand constants.
@Suite struct ConditionAnalysisLimitTests {
    static let path = PolicyCaseTests.root.appendingPathComponent("Fixtures/analysis/growing-policy").path

    static func loaded() throws -> CompiledPolicy {
        try CompiledPolicy.load(path: path).get()
    }

    @Test func constantOutcomesAnswerDependsInsteadOfGrowing() throws {
        let policy = try Self.loaded()
        let analysis = ConditionAnalysis(policy: policy)
        for rule in policy.policy.rules {
            #expect(analysis.constantOutcome(of: rule) == nil, "\(rule.id)")
        }
    }

    @Test func counterfactualsAreAnsweredOrRefused() throws {
        let policy = try Self.loaded()
        var record = ProjectRecord(schema: policy.schema, origin: "test")
        for (field, value) in [("id", Value.string("T-1")), ("site", .string("outside")), ("labour", .int(3)), ("shifts", .int(6))] {
            record.values[try #require(policy.schema.index[field])] = value
        }
        let result = policy.screen(record)
        #expect(Set(result.reasons.map(\.rule)) == ["GROW-DEEP", "GROW-MANY"])
        let counterfactuals = ConditionAnalysis(policy: policy).counterfactuals(for: result, record: record)
        let deep = try #require(counterfactuals.first { $0.rule == "GROW-DEEP" })
        #expect(deep.changes.isEmpty && deep.noExactAnswer != nil, "a fact too large to inline is opaque")
        let many = try #require(counterfactuals.first { $0.rule == "GROW-MANY" })
        #expect(many.changes.map(\.field) == ["labour", "shifts"])
        try CounterfactualTests.expectChangesHold(many, record: record, policy: policy, name: "growing")
    }
}
