import CEL
import Diagnostics

/// Runs a policy's test cases and reports each difference between expected and actual.
public struct PolicyTestRunner: Sendable {
    /// The compiled policy under test.
    public let policy: CompiledPolicy

    /// Creates a runner.
    public init(policy: CompiledPolicy) {
        self.policy = policy
    }

    /// The outcome of one case.
    public struct Outcome: Sendable {
        /// The case.
        public var testCase: PolicyTestCase
        /// What screening gave.
        public var result: ScreeningResult
        /// Each expectation that did not hold, as `what: expected …, got …`.
        public var failures: [String]

        /// Whether every expectation held.
        public var passed: Bool { failures.isEmpty }
    }

    /// Screens the case's project and compares.
    public func run(_ testCase: PolicyTestCase) -> Outcome {
        let result = policy.screen(testCase.record)
        var failures: [String] = []
        let firedRules = Set(result.reasons.map(\.rule))
        if let verdict = testCase.verdict, verdict != result.verdict {
            failures.append("verdict: expected \(verdict.rawValue), got \(result.verdict.rawValue)")
        }
        let missingFired = testCase.fired.filter { !firedRules.contains($0) }
        if !missingFired.isEmpty {
            failures.append("fired: expected \(missingFired.joined(separator: ", ")) to fire; fired: "
                + (firedRules.isEmpty ? "none" : firedRules.sorted().joined(separator: ", ")))
        }
        let wrongFired = testCase.notFired.filter { firedRules.contains($0) }
        if !wrongFired.isEmpty {
            failures.append("not_fired: expected \(wrongFired.joined(separator: ", ")) not to fire, but it fired")
        }
        let missingFields = Set(result.missing.map(\.field))
        let notNamed = testCase.missing.filter { !missingFields.contains($0) }
        if !notNamed.isEmpty {
            failures.append("missing: expected \(notNamed.joined(separator: ", ")) to be named; named: "
                + (missingFields.isEmpty ? "none" : missingFields.sorted().joined(separator: ", ")))
        }
        if let priority = testCase.priority, priority != result.priority {
            failures.append("priority: expected \(priority), got \(result.priority) (score \(result.score))")
        }
        if let score = testCase.score, score != result.score {
            let rules = result.reasons.filter { $0.effect == .priority }.map { "\($0.rule) +\($0.weight)" }
            failures.append("score: expected \(score), got \(result.score) (" + rules.joined(separator: ", ") + ")")
        }
        return Outcome(testCase: testCase, result: result, failures: failures)
    }
}
