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

    /// The row of a screening's summary; `ruleIDs` are the policy's, in order.
    init(number: Int, summary: ScreeningSummary, ruleIDs: [String]) {
        self.number = number
        self.id = summary.id
        self.verdict = summary.verdict
        self.priority = summary.priority
        self.score = summary.score
        self.fired = Set(summary.fired.positions.compactMap { $0 < ruleIDs.count ? ruleIDs[$0] : nil })
        self.undecided = Set(summary.undecided.positions.compactMap { $0 < ruleIDs.count ? ruleIDs[$0] : nil })
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
