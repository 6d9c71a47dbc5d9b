import Screening
import Testing

/// Rule traces and coverage on the small failing policy of the `screener test` goldens.
@Suite struct PolicyCoverageTests {
    /// The policy's folder.
    static let path = PolicyCaseTests.root.appendingPathComponent("Tests/screenerTests/Golden/test/inputs/failing-policy").path

    /// The compiled failing policy and its cases.
    static func load() throws -> (CompiledPolicy, [PolicyTestCase]) {
        guard case .success(let compiled) = CompiledPolicy.load(path: path) else {
            throw TestLoadError()
        }
        return (compiled, PolicyTestLoader.load(policyPath: path, schema: compiled.schema).cases)
    }

    /// The failing policy did not load.
    struct TestLoadError: Error {}

    @Test func traceGivesEveryNodeItsThreeValuedTruth() throws {
        let (compiled, cases) = try Self.load()
        let testCase = try #require(cases.first { $0.name == "needs-group-not-given" })
        let trace = try #require(compiled.trace(testCase.record).first)
        #expect(trace.outcome == .undecided)
        #expect(trace.parts.map(\.path) == [
            "when", "when.all[0]", "when.all[1]", "when.all[1].any[0]", "when.all[1].any[1]",
        ])
        #expect(trace.parts.map(\.truth) == [.undecided, .yes, .undecided, .undecided, .no])
        #expect(trace.parts.map(\.isBranch) == [false, true, true, true, true])
    }

    @Test func coverageCountsRulesAndBranches() throws {
        let (compiled, cases) = try Self.load()
        let runner = PolicyTestRunner(policy: compiled)
        var coverage = PolicyCoverage()
        for testCase in cases { coverage.add(runner.run(testCase).traces) }
        #expect(coverage.cases == 4)
        #expect(coverage.rules.map(\.fired) == [0, 2])
        #expect(coverage.rules.map(\.notFired) == [3, 2])
        #expect(coverage.ruleFigure == (1, 2))
        #expect(coverage.branchFigure == (11, 12))
        let uncovered = coverage.rules[0].parts.filter { !$0.seenTrue }.map(\.path)
        #expect(uncovered == ["when.all[1].any[1]"])
    }

    @Test func failuresNameWhatWasExpectedAndWhatCame() throws {
        let (compiled, cases) = try Self.load()
        let runner = PolicyTestRunner(policy: compiled)
        let outcomes = cases.map { runner.run($0) }
        #expect(outcomes.map(\.passed) == [true, false, false, false])
        #expect(outcomes[1].failures.map(\.kind) == [.verdict, .fired])
        #expect(outcomes[1].failures[0].text(.en) == "verdict: expected reject, got approve")
        #expect(outcomes[3].failures.map(\.kind) == [.notFired, .priority, .score])
    }
}
