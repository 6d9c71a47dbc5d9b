import CEL

/// A condition's value for one project, in CEL's three-valued logic.
public enum Truth: Sendable {
    case yes
    case no
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
    public enum Outcome: Sendable {
        case fired, notFired, undecided, failed
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
