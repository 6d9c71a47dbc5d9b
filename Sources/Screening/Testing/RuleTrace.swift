import CEL

/// A condition's value for one project, in CEL's three-valued logic.
public enum Truth: String, Sendable {
    case yes = "true"
    case no = "false"
    /// Missing data or an evaluation error.
    case undecided

    /// The truth of an evaluated value: only `true` and `false` decide.
    init(_ value: Value) {
        switch value {
        case .bool(true): self = .yes
        case .bool(false): self = .no
        default: self = .undecided
        }
    }
}

/// One node of a rule's condition as a project evaluated it.
public struct PartTrace: Sendable {
    /// Where the node sits: `when`, `when.all[1]`, `when.all[1].any[0]`, `when.not`.
    public var path: String
    /// The expression's text, or `all`, `any`, `not` for a structured node.
    public var text: String
    /// The nesting depth (0 for the whole condition).
    public var depth: Int
    /// The node's value.
    public var truth: Truth
    /// Whether the node is a part of an `all` or `any` (what branch coverage counts).
    public var isBranch: Bool
}

/// How a rule's condition, part by part, and its exception evaluated for one project.
public struct RuleTrace: Sendable {
    /// What became of the rule.
    public enum Outcome: String, Sendable {
        case fired, notFired = "not_fired", undecided, failed
    }

    /// The rule's id.
    public var rule: String
    /// The rule's effect.
    public var effect: Effect
    /// What became of the rule.
    public var outcome: Outcome
    /// The condition's nodes in order, the whole condition first.
    public var parts: [PartTrace]
    /// The exception's text and value, if the rule has one.
    public var unless: (text: String, truth: Truth)?
}

extension CompiledPolicy {
    /// Every rule's trace for one project, in policy order.
    public func trace(_ record: ProjectRecord) -> [RuleTrace] {
        let activation = makeActivation()
        load(record, into: activation)
        return rules.map { rule in
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
