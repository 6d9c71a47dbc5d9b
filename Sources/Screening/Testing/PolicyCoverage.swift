/// Which rules the test cases exercised, and which parts of structured conditions they saw
/// both true and false (branch coverage, not line coverage).
public struct PolicyCoverage: Sendable {
    /// One part of an `all` or `any`, with the values the cases gave it.
    public struct Part: Sendable {
        /// Where the part sits, e.g. `when.all[1]`.
        public var path: String
        /// The part's expression, or `all`, `any`, `not`.
        public var text: String
        /// Whether some case made it true.
        public var seenTrue = false
        /// Whether some case made it false.
        public var seenFalse = false
    }

    /// One rule: how many cases it fired in and was decided not to fire in, and its parts.
    public struct RuleCoverage: Sendable {
        /// The rule's id.
        public var rule: String
        /// Cases in which it fired.
        public var fired = 0
        /// Cases in which it was decided not to fire.
        public var notFired = 0
        /// Its structured parts.
        public var parts: [Part] = []

        /// Whether it both fired and was seen not firing.
        public var isCovered: Bool { fired > 0 && notFired > 0 }
        /// The branches (a part's true and its false) seen.
        public var branchesSeen: Int { parts.reduce(0) { $0 + ($1.seenTrue ? 1 : 0) + ($1.seenFalse ? 1 : 0) } }
    }

    /// The rules in policy order.
    public private(set) var rules: [RuleCoverage] = []
    /// The number of cases counted.
    public private(set) var cases = 0

    /// Creates an empty coverage.
    public init() {}

    /// Counts one case's traces (every rule's, in policy order).
    public mutating func add(_ traces: [RuleTrace]) {
        if rules.isEmpty {
            rules = traces.map { trace in
                RuleCoverage(rule: trace.rule, parts: trace.parts.filter(\.isBranch).map { Part(path: $0.path, text: $0.text) })
            }
        }
        cases += 1
        for (index, trace) in zip(rules.indices, traces) {
            if trace.outcome == .fired { rules[index].fired += 1 }
            if trace.outcome == .notFired { rules[index].notFired += 1 }
            for (partIndex, part) in zip(rules[index].parts.indices, trace.parts.filter(\.isBranch)) {
                if part.truth == .yes { rules[index].parts[partIndex].seenTrue = true }
                if part.truth == .no { rules[index].parts[partIndex].seenFalse = true }
            }
        }
    }

    /// The rules that both fired and were seen not firing, of all rules.
    public var ruleFigure: (covered: Int, total: Int) {
        (rules.filter(\.isCovered).count, rules.count)
    }

    /// The branches seen, of all branches (two per structured part).
    public var branchFigure: (covered: Int, total: Int) {
        (rules.reduce(0) { $0 + $1.branchesSeen }, rules.reduce(0) { $0 + 2 * $1.parts.count })
    }
}
