/// What one policy made of one registry record, kept small for comparing two policies.
public struct ScreenedRow: Sendable {
    /// The record's row (line) in the registry.
    public var number: Int
    /// The record's id.
    public var id: String
    /// The verdict.
    public var verdict: Verdict
    /// The priority flag.
    public var priority: Bool
    /// The priority score.
    public var score: Int
    /// The rules that fired.
    public var fired: Set<String>
    /// The decisive rules that could not be decided for missing data.
    public var undecided: Set<String>

    /// The row of a screening result.
    init(number: Int, result: ScreeningResult) {
        self.number = number
        self.id = result.id
        self.verdict = result.verdict
        self.priority = result.priority
        self.score = result.score
        self.fired = Set(result.reasons.map(\.rule))
        self.undecided = Set(result.missing.flatMap(\.rules))
    }

    /// What became of `rule` for this record.
    public func status(of rule: String) -> RuleStatus {
        fired.contains(rule) ? .fired : undecided.contains(rule) ? .undecided : .quiet
    }
}

/// What became of one rule for one record.
public enum RuleStatus: String, Sendable {
    case fired
    case undecided
    /// Neither fired nor undecided (or, in a policy that lacks the rule, absent).
    case quiet = "not_fired"
}
