import CEL

/// What the screening loop needs of one rule, held without reference counting: its programs
/// (kept alive by the compiled policy that holds the rule), its effect, weight and rank.
struct RuleStep: Sendable {
    let when: Unmanaged<Program>
    let unless: Unmanaged<Program>?
    let effect: Effect
    let weight: Int
    /// The order of the rule's effect among reasons (``CompiledPolicy/effectRank(_:)``).
    let rank: Int

    init(_ rule: CompiledRule) {
        when = Unmanaged.passUnretained(rule.whenProgram)
        unless = rule.unless.map { Unmanaged.passUnretained($0) }
        effect = rule.rule.effect
        weight = rule.rule.weight
        rank = CompiledPolicy.effectRank(rule.rule.effect)
    }

    /// How the rule comes out over an activation: its condition, then its exception.
    func outcome(_ activation: Activation) -> RuleOutcome {
        let value = when._withUnsafeGuaranteedRef { $0.evaluate(activation) }
        switch value {
        case .bool(false): return .notFired
        case .bool(true):
            guard let unless else { return .fired }
            switch unless._withUnsafeGuaranteedRef({ $0.evaluate(activation) }) {
            case .bool(true): return .notFired
            case .bool(false): return .fired
            case .unknown(let unknown): return .undecided(unknown)
            case .error(let error): return .failed(error)
            case let other: return .failed(EvalError(.noSuchOverload(function: "unless", arguments: [other.type.runtimeName])))
            }
        case .unknown(let unknown):
            if let unless, case .bool(true) = unless._withUnsafeGuaranteedRef({ $0.evaluate(activation) }) {
                return .notFired
            }
            return .undecided(unknown)
        case .error(let error): return .failed(error)
        case let other: return .failed(EvalError(.noSuchOverload(function: "when", arguments: [other.type.runtimeName])))
        }
    }
}
