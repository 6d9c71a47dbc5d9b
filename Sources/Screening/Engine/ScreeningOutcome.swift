import CEL

/// What screening one record decided, before any text is made: the verdict, the score and
/// the rules by how they came out.
///
/// Made once per thread and refilled for each record by
/// ``CompiledPolicy/evaluate(_:using:into:)``, so that its arrays keep their capacity and the
/// common record costs no allocation. The explanation (messages, values, parts) is read from
/// the activation that the evaluation filled, while it still holds the record.
public struct ScreeningOutcome: Sendable {
    /// The verdict (never `error`: that is for records that could not be read).
    public internal(set) var verdict: Verdict = .approve
    /// The priority score: the weights of the priority rules that fired.
    public internal(set) var score = 0
    /// Whether the score reaches the policy's priority threshold.
    public internal(set) var priority = false
    /// The rules that fired (by position), strongest effect first, in policy order within an
    /// effect: the order of the result's reasons.
    public internal(set) var fired: [Int] = []
    /// The rules that could not be decided for lack of data (by position), in policy order.
    public internal(set) var undecided: [(rule: Int, unknown: Unknown)] = []
    /// The rules whose evaluation failed (by position), in policy order.
    public internal(set) var failed: [(rule: Int, error: EvalError)] = []
    /// The fields that the undecided decisive rules need, in schema order, each with those
    /// rules' ids in policy order.
    public internal(set) var missing: [(field: String, rules: [String])] = []

    /// An empty outcome, to be filled by ``CompiledPolicy/evaluate(_:using:into:)``.
    public init() {}

    /// Empties the outcome, keeping its arrays' capacity.
    mutating func reset() {
        verdict = .approve
        score = 0
        priority = false
        // Most of these are empty: clearing an empty array still costs a generic call each.
        if !fired.isEmpty { fired.removeAll(keepingCapacity: true) }
        if !undecided.isEmpty { undecided.removeAll(keepingCapacity: true) }
        if !failed.isEmpty { failed.removeAll(keepingCapacity: true) }
        if !missing.isEmpty { missing.removeAll(keepingCapacity: true) }
    }
}

extension CompiledPolicy {
    /// Screens one project into `outcome`, leaving the record and its facts in `activation`
    /// for the explanation.
    public func evaluate(_ record: ProjectRecord, using activation: Activation, into outcome: inout ScreeningOutcome) {
        outcome.reset()
        load(record, into: activation)
        var effects: UInt8 = 0
        var decisiveUndecided = false
        var sorted = true
        var lastRank = 0
        for (index, step) in steps.enumerated() {
            switch step.outcome(activation) {
            case .notFired:
                continue
            case .fired:
                effects |= step.effect.bit
                if step.effect == .priority { outcome.score += step.weight }
                if step.rank < lastRank { sorted = false }
                lastRank = step.rank
                outcome.fired.append(index)
            case .undecided(let unknown):
                if step.effect.isDecisive { decisiveUndecided = true }
                outcome.undecided.append((index, unknown))
            case .failed(let error):
                outcome.failed.append((index, error))
            }
        }
        if !sorted {
            let steps = steps
            outcome.fired.sort { (steps[$0].rank, $0) < (steps[$1].rank, $1) }
        }
        if effects & Effect.reject.bit != 0 {
            outcome.verdict = .reject
        } else if decisiveUndecided {
            outcome.verdict = .needsInfo
        } else if effects & Effect.review.bit != 0 || !outcome.failed.isEmpty {
            outcome.verdict = .review
        } else if effects & Effect.condition.bit != 0 {
            outcome.verdict = .conditional
        } else {
            outcome.verdict = .approve
        }
        outcome.priority = outcome.score >= priorityThreshold
        if decisiveUndecided { outcome.missing = missingFields(of: outcome.undecided) }
    }

    /// The fields that the decisive ones of the undecided rules need, in schema order, each
    /// with those rules' ids in policy order.
    private func missingFields(of undecided: [(rule: Int, unknown: Unknown)]) -> [(field: String, rules: [String])] {
        var missing: [(position: Int, field: String, rules: [String])] = []
        for (index, unknown) in undecided where rules[index].rule.effect.isDecisive {
            for attribute in unknown.attributes {
                let field = field(ofAttribute: attribute)
                if let at = missing.firstIndex(where: { $0.position == field.position && $0.field == field.name }) {
                    missing[at].rules.append(rules[index].rule.id)
                } else {
                    missing.append((field.position, field.name, [rules[index].rule.id]))
                }
            }
        }
        missing.sort { ($0.position, $0.field) < ($1.position, $1.field) }
        return missing.map { ($0.field, $0.rules) }
    }
}
