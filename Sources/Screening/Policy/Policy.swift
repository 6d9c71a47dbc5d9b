import CEL
import CELSyntax
import Diagnostics

/// A policy as written: header, parameters, lists, facts and rules, with their positions.
public struct Policy: Sendable {
    /// The policy's identity and sources.
    public var header: PolicyHeader
    /// Named constants, in file order.
    public var parameters: [Parameter]
    /// Named sets, in file order.
    public var lists: [NamedList]
    /// Derived facts, in file order.
    public var facts: [Fact]
    /// Rules, in file order.
    public var rules: [Rule]
    /// The project record schema.
    public var schema: Schema
    /// The index of the source's clauses, when the header names one.
    public var clauses: [String: LocalizedText]?
    /// A SHA-256 digest of every file the policy was read from.
    public var digest: String
}

/// The `policy:` header.
public struct PolicyHeader: Sendable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var source: LocalizedText?
    /// The schema file, relative to the policy folder.
    public var schemaPath: String
    /// The clause index file, relative to the policy folder.
    public var clausesPath: String?
}

/// A named constant: `NAME: {value, unit, source}`.
public struct Parameter: Sendable {
    public var name: String
    public var value: Value
    public var unit: String?
    public var source: String?
    public var location: SourceLocation?
}

/// A named set: `NAME: {values: [...], source}`.
public struct NamedList: Sendable {
    public var name: String
    public var values: [Value]
    public var source: String?
    public var location: SourceLocation?
}

/// A derived fact: `NAME: {expr, description}`.
public struct Fact: Sendable {
    public var name: String
    public var expression: ExpressionSource
    public var description: LocalizedText?
    public var location: SourceLocation?
}

/// What a rule does when it fires.
public enum Effect: String, Sendable, CaseIterable {
    case reject, review, condition, priority, note

    /// A distinct bit of the effect, for sets of effects kept in one byte.
    var bit: UInt8 {
        switch self {
        case .reject: return 1
        case .review: return 2
        case .condition: return 4
        case .priority: return 8
        case .note: return 16
        }
    }

    /// Whether the rule can decide the verdict level (and so can make it `needs_info`).
    public var isDecisive: Bool {
        switch self {
        case .reject, .review, .condition: return true
        case .priority, .note: return false
        }
    }
}

/// A rule's condition: one CEL expression, or a structured combination of parts.
public indirect enum Condition: Sendable {
    case expression(ExpressionSource)
    case all([Condition])
    case any([Condition])
    case not(Condition)
}

/// The clause a rule cites, with a short quote of the plan.
public struct Citation: Sendable {
    public var clause: String
    public var quote: String?
    public var location: SourceLocation?
}

/// One rule of the policy.
public struct Rule: Sendable {
    public var id: String
    public var title: LocalizedText
    public var cite: Citation
    public var when: Condition
    public var unless: ExpressionSource?
    public var effect: Effect
    /// The message templates in Vietnamese and English.
    public var message: (vi: ExpressionSource, en: ExpressionSource)
    /// Points toward the priority score (priority rules).
    public var weight: Int
    public var location: SourceLocation?
}
