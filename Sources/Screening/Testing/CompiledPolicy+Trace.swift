import CEL

extension CompiledPolicy {
    /// Every rule's trace for one project, in policy order.
    public func trace(_ record: ProjectRecord) -> [RuleTrace] {
        let activation = makeActivation()
        load(record, into: activation)
        return trace(loaded: activation)
    }

    /// Every rule's trace over an activation that already holds a project and its facts (as
    /// ``screen(_:using:languages:)`` leaves it).
    func trace(loaded activation: Activation) -> [RuleTrace] {
        rules.map { rule in
            let outcome: RuleTrace.Outcome
            switch self.outcome(of: rule, activation) {
            case .fired: outcome = .fired
            case .notFired: outcome = .notFired
            case .undecided: outcome = .undecided
            case .failed: outcome = .failed
            }
            var parts: [PartTrace] = []
            _ = Self.traceParts(rule.when, path: "when", depth: 0, isBranch: false, activation, into: &parts)
            let unless = rule.unless.map { program in (rule.rule.unless?.text ?? "", Truth(program.evaluate(activation))) }
            return RuleTrace(rule: rule.rule.id, effect: rule.rule.effect, outcome: outcome, parts: parts, unless: unless)
        }
    }

    /// Appends the node and its children (in order) and returns the node's truth.
    private static func traceParts(_ condition: CompiledCondition, path: String, depth: Int, isBranch: Bool,
                                   _ activation: Activation, into parts: inout [PartTrace]) -> Truth {
        let position = parts.count
        func node(_ text: String) -> PartTrace {
            PartTrace(path: path, text: text, depth: depth, truth: .undecided, isBranch: isBranch)
        }
        let truth: Truth
        switch condition {
        case .expression(let program, let source):
            parts.append(node(source))
            truth = Truth(program.evaluate(activation))
        case .all(let children):
            parts.append(node("all"))
            let truths = children.enumerated().map { index, child in
                traceParts(child, path: "\(path).all[\(index)]", depth: depth + 1, isBranch: true, activation, into: &parts)
            }
            truth = truths.contains(.no) ? .no : truths.contains(.undecided) ? .undecided : .yes
        case .any(let children):
            parts.append(node("any"))
            let truths = children.enumerated().map { index, child in
                traceParts(child, path: "\(path).any[\(index)]", depth: depth + 1, isBranch: true, activation, into: &parts)
            }
            truth = truths.contains(.yes) ? .yes : truths.contains(.undecided) ? .undecided : .no
        case .not(let inner):
            parts.append(node("not"))
            switch traceParts(inner, path: "\(path).not", depth: depth + 1, isBranch: false, activation, into: &parts) {
            case .yes: truth = .no
            case .no: truth = .yes
            case .undecided: truth = .undecided
            }
        }
        parts[position].truth = truth
        return truth
    }
}
