import CEL
import Diagnostics

/// What would lift one decisive reason of a result: changes to single fields of the project,
/// any one of which makes the rule no longer fire (or, for a rule undecided for missing data,
/// decides it as not applying); or, when no single field can, changes of two fields made
/// together; or why no exact answer can be given.
public struct Counterfactual: Sendable {
    /// The rule the reason comes from.
    public var rule: String
    /// The rule's effect (reject, review or condition).
    public var effect: Effect
    /// The rule's title.
    public var title: LocalizedText
    /// True when the rule could not be decided for missing fields (a `needs_info` reason).
    public var undecided: Bool
    /// The alternatives, each a change of one field, or (when `together`) the changes to make
    /// all at once; empty when there is no exact answer.
    public var changes: [FieldChange]
    /// Whether `changes` lift the rule only together.
    public var together: Bool
    /// Why no exact answer can be given, when `changes` is empty.
    public var noExactAnswer: LocalizedText?
    /// The fields the rule reads through something other than comparisons with constants:
    /// changing them might lift it too, but the analysis cannot say how.
    public var unanalysed: [String]
}

/// A change of one field that lifts a rule: the values the field would need, every one of
/// which lifts it, with an example and the verdict the project would then get.
public struct FieldChange: Sendable {
    /// The field's canonical name.
    public var field: String
    /// The field's label in the schema.
    public var label: LocalizedText
    /// The project's value, or nil when it does not give one.
    public var current: Value?
    /// The values that lift the rule.
    public var allowed: AllowedValues
    /// A value among `allowed`, the nearest to `current` for numbers.
    public var example: Value
    /// The project's verdict with `example` in place of `current` (with the other examples too,
    /// for changes made together).
    public var verdict: Verdict
}

/// The values of a field that lift a rule.
public enum AllowedValues: Sendable, Equatable {
    /// A number in any of these ranges.
    case numbers([NumberRange])
    /// One of these strings.
    case oneOf([String])
    /// Any string but these.
    case noneOf([String])
    /// This boolean.
    case flag(Bool)
    /// The list field holds the tag (`held`) or does not.
    case tag(String, held: Bool)
}

/// A range of numbers: each bound nil when unbounded (or at the schema's own bound).
public struct NumberRange: Sendable, Equatable {
    /// The lower bound, nil when there is none.
    public var lower: Double?
    /// Whether the lower bound itself is in the range.
    public var lowerIncluded: Bool
    /// The upper bound, nil when there is none.
    public var upper: Double?
    /// Whether the upper bound itself is in the range.
    public var upperIncluded: Bool

    /// Whether the range holds `x`.
    public func contains(_ x: Double) -> Bool {
        if let lower, lowerIncluded ? x < lower : x <= lower { return false }
        if let upper, upperIncluded ? x > upper : x >= upper { return false }
        return true
    }
}
