import CEL
import Diagnostics

/// The outcome of one rule for one record.
enum RuleOutcome {
    case fired
    case notFired
    case undecided(Unknown)
    case failed(EvalError)
}

extension CompiledPolicy {
    /// Screens one project, with messages in every language.
    public func screen(_ record: ProjectRecord) -> ScreeningResult {
        screen(record, using: makeActivation())
    }

    /// Screens one project, reusing an activation made by ``makeActivation()``.
    ///
    /// Messages are rendered in `languages` only (the other language's text is left empty),
    /// so a batch writing one language does not pay for the other.
    public func screen(_ record: ProjectRecord, using activation: Activation, languages: Set<Language> = [.vi, .en])
        -> ScreeningResult
    {
        load(record, into: activation)
        let wantVI = languages.contains(.vi)
        let wantEN = languages.contains(.en)
        var reasons: [Reason] = []
        var missing: [String: [String]] = [:]
        var hints: [Hint] = []
        var errors: [RuleError] = []
        var fired: UInt8 = 0
        var decisiveUndecided = false
        for rule in rules {
            switch outcome(of: rule, activation) {
            case .notFired:
                continue
            case .fired:
                fired |= rule.rule.effect.bit
                reasons.append(reason(for: rule, activation, record: record, vi: wantVI, en: wantEN))
            case .undecided(let unknown):
                let fields = Self.fieldNames(unknown)
                if rule.rule.effect.isDecisive {
                    decisiveUndecided = true
                    for field in fields { missing[field, default: []].append(rule.rule.id) }
                } else if rule.rule.effect == .priority {
                    let labels = fields.map { schema.field($0)?.label ?? LocalizedText(verbatim: $0) }
                    hints.append(Hint(
                        rule: rule.rule.id, title: rule.rule.title, fields: fields, labels: labels, weight: rule.rule.weight))
                }
            case .failed(let error):
                errors.append(RuleError(rule: rule.rule.id, message: error.message))
            }
        }
        let verdict: Verdict
        if fired & Effect.reject.bit != 0 {
            verdict = .reject
        } else if decisiveUndecided {
            verdict = .needsInfo
        } else if fired & Effect.review.bit != 0 || !errors.isEmpty {
            verdict = .review
        } else if fired & Effect.condition.bit != 0 {
            verdict = .conditional
        } else {
            verdict = .approve
        }
        let score = reasons.filter { $0.effect == .priority }.reduce(0) { $0 + $1.weight }
        reasons.sort { Self.effectRank($0.effect) < Self.effectRank($1.effect) }
        let order = fieldOrder
        let missingFields = missing.keys.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.map { field in
            MissingField(field: field, label: schema.field(field)?.label ?? LocalizedText(verbatim: field),
                         rules: missing[field] ?? [])
        }
        return ScreeningResult(
            id: record.id(in: schema) ?? record.origin, verdict: verdict, priority: score >= priorityThreshold,
            score: score, reasons: reasons, missing: missingFields, hints: hints, errors: errors, policy: identity)
    }

    /// Whether the rule `id` applies to a record as screening would count it: it fires, fails,
    /// or (a decisive rule) is undecided; the other rules are not evaluated.
    func ruleApplies(_ id: String, to record: ProjectRecord, using activation: Activation) -> Bool {
        guard let rule = rules.first(where: { $0.rule.id == id }) else { return false }
        load(record, into: activation)
        switch outcome(of: rule, activation) {
        case .notFired: return false
        case .fired, .failed: return true
        case .undecided: return rule.rule.effect.isDecisive
        }
    }

    /// Puts the record's values (or their defaults or unknowns) in the project slots and
    /// computes the facts.
    func load(_ record: ProjectRecord, into activation: Activation) {
        activation.load(record.values, defaults: absentValues, at: projectBase)
        for fact in facts {
            activation[fact.slot] = fact.program.evaluate(activation)
        }
    }

    func outcome(of rule: CompiledRule, _ activation: Activation) -> RuleOutcome {
        let when = rule.whenProgram.evaluate(activation)
        switch when {
        case .bool(false): return .notFired
        case .bool(true):
            guard let unless = rule.unless else { return .fired }
            switch unless.evaluate(activation) {
            case .bool(true): return .notFired
            case .bool(false): return .fired
            case .unknown(let unknown): return .undecided(unknown)
            case .error(let error): return .failed(error)
            case let other: return .failed(EvalError(.noSuchOverload(function: "unless", arguments: [other.type.runtimeName])))
            }
        case .unknown(let unknown):
            if let unless = rule.unless, case .bool(true) = unless.evaluate(activation) { return .notFired }
            return .undecided(unknown)
        case .error(let error): return .failed(error)
        case let other: return .failed(EvalError(.noSuchOverload(function: "when", arguments: [other.type.runtimeName])))
        }
    }

    static func fieldNames(_ unknown: Unknown) -> [String] {
        unknown.attributes.map { $0.hasPrefix("project.") ? String($0.dropFirst("project.".count)) : $0 }
    }

    static func effectRank(_ effect: Effect) -> Int {
        switch effect {
        case .reject: return 0
        case .review: return 1
        case .condition: return 2
        case .priority: return 3
        case .note: return 4
        }
    }
}
