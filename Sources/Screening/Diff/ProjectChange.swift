/// A record whose verdict or priority differs between two policies, with the rules responsible.
public struct ProjectChange: Sendable {
    /// A verdict and a priority flag: what a record moves between.
    public struct State: Hashable, Sendable {
        /// The verdict.
        public var verdict: Verdict
        /// The priority flag.
        public var priority: Bool
    }

    /// A rule whose outcome differs, from the old policy to the new.
    public struct RuleChange: Hashable, Sendable {
        /// The rule's id.
        public var rule: String
        /// Its outcome under the old policy.
        public var old: RuleStatus
        /// Its outcome under the new policy.
        public var new: RuleStatus
    }

    /// The record under the old policy.
    public var old: ScreenedRow
    /// The record under the new policy.
    public var new: ScreenedRow
    /// The rules responsible: decisive rules when the verdict moved, priority rules when the
    /// priority flag moved, each whose outcome differs.
    public var rules: [RuleChange]

    /// The old state.
    public var from: State { State(verdict: old.verdict, priority: old.priority) }
    /// The new state.
    public var to: State { State(verdict: new.verdict, priority: new.priority) }

    /// The change of one record, or nil when its verdict and priority are the same; `effects`
    /// gives each rule's effect (in either policy).
    init?(old: ScreenedRow, new: ScreenedRow, effects: [String: Effect]) {
        let verdictMoved = old.verdict != new.verdict
        let priorityMoved = old.priority != new.priority
        guard verdictMoved || priorityMoved else { return nil }
        self.old = old
        self.new = new
        let candidates = old.fired.union(old.undecided).union(new.fired).union(new.undecided)
        rules = candidates.sorted().compactMap { rule in
            let before = old.status(of: rule)
            let after = new.status(of: rule)
            guard before != after, let effect = effects[rule] else { return nil }
            let relevant = (verdictMoved && effect.isDecisive) || (priorityMoved && effect == .priority)
            return relevant ? RuleChange(rule: rule, old: before, new: after) : nil
        }
    }
}
