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
        /// Each expectation that did not hold.
        public var failures: [ExpectationFailure]
        /// How every rule evaluated, part by part.
        public var traces: [RuleTrace]

        /// Whether every expectation held.
        public var passed: Bool { failures.isEmpty }
    }

    /// Screens the case's project and compares.
    public func run(_ testCase: PolicyTestCase) -> Outcome {
        let activation = policy.makeActivation()
        let result = policy.screen(testCase.record, using: activation)
        var failures: [ExpectationFailure] = []
        let firedRules = Set(result.reasons.map(\.rule))
        let firedList = firedRules.isEmpty ? "-" : firedRules.sorted().joined(separator: ", ")
        if let verdict = testCase.verdict, verdict != result.verdict {
            failures.append(ExpectationFailure(kind: .verdict, expected: verdict.rawValue, actual: result.verdict.rawValue))
        }
        let missingFired = testCase.fired.filter { !firedRules.contains($0) }
        if !missingFired.isEmpty {
            failures.append(ExpectationFailure(
                kind: .fired, expected: missingFired.joined(separator: ", "), actual: firedList, rules: missingFired))
        }
        let wrongFired = testCase.notFired.filter { firedRules.contains($0) }
        if !wrongFired.isEmpty {
            failures.append(ExpectationFailure(
                kind: .notFired, expected: "¬ " + wrongFired.joined(separator: ", "), actual: firedList, rules: wrongFired))
        }
        let missingFields = Set(result.missing.map(\.field))
        let notNamed = testCase.missing.filter { !missingFields.contains($0) }
        if !notNamed.isEmpty {
            failures.append(ExpectationFailure(
                kind: .missing, expected: notNamed.joined(separator: ", "),
                actual: missingFields.isEmpty ? "-" : missingFields.sorted().joined(separator: ", ")))
        }
        if let priority = testCase.priority, priority != result.priority {
            failures.append(ExpectationFailure(
                kind: .priority, expected: String(priority), actual: String(result.priority)))
        }
        if let score = testCase.score, score != result.score {
            let rules = result.reasons.filter { $0.effect == .priority }.map { "\($0.rule) +\($0.weight)" }
            failures.append(ExpectationFailure(
                kind: .score, expected: String(score),
                actual: "\(result.score)" + (rules.isEmpty ? "" : " (" + rules.joined(separator: ", ") + ")")))
        }
        return Outcome(testCase: testCase, result: result, failures: failures, traces: policy.trace(loaded: activation))
    }
}
