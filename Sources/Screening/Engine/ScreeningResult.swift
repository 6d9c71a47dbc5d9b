import CEL
import Diagnostics

/// The verdict levels of SPEC §4, strongest first.
public enum Verdict: String, Sendable, CaseIterable, Comparable {
    case reject
    case needsInfo = "needs_info"
    case review
    case conditional
    case approve
    /// A record that could not be read (batch only).
    case error

    /// The level's rank: 0 for the strongest.
    public var strength: Int {
        switch self {
        case .error: return 0
        case .reject: return 1
        case .needsInfo: return 2
        case .review: return 3
        case .conditional: return 4
        case .approve: return 5
        }
    }

    /// The level's name for people.
    public var label: LocalizedText {
        switch self {
        case .reject: return LocalizedText(vi: "Không chấp thuận", en: "Rejected")
        case .needsInfo: return LocalizedText(vi: "Cần bổ sung thông tin", en: "More information needed")
        case .review: return LocalizedText(vi: "Cần thẩm định thêm", en: "Further appraisal needed")
        case .conditional: return LocalizedText(vi: "Chấp thuận có điều kiện", en: "Approved with conditions")
        case .approve: return LocalizedText(vi: "Đủ điều kiện", en: "Eligible")
        case .error: return LocalizedText(vi: "Lỗi dữ liệu", en: "Record error")
        }
    }

    /// Stronger verdicts sort first.
    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.strength < rhs.strength }
}

/// Why a rule fired: the rule, its clause and quote, its message with the project's values.
public struct Reason: Sendable {
    public var rule: String
    public var effect: Effect
    public var clause: String
    public var quote: String?
    public var title: LocalizedText
    public var message: LocalizedText
    /// The project values that the rule's conditions read, as `project.field` → value.
    public var values: [(String, Value)]
    /// Each part of a structured condition with its value.
    public var parts: [(String, Value)]
    /// Points toward the priority score (priority rules).
    public var weight: Int
    /// The rule's position in the compiled policy, for cached output fragments.
    public var ruleIndex: Int? = nil
}

/// A field to provide, with the rules that need it.
public struct MissingField: Sendable, Equatable {
    public var field: String
    public var label: LocalizedText
    public var rules: [String]
}

/// A priority that could be claimed if fields were provided.
public struct Hint: Sendable {
    public var rule: String
    public var title: LocalizedText
    public var fields: [String]
    /// The fields' labels, in the order of `fields`.
    public var labels: [LocalizedText] = []
    public var weight: Int
}

/// A rule whose condition could not be evaluated (an evaluation error, not missing data).
public struct RuleError: Sendable {
    public var rule: String
    public var message: LocalizedText
}

/// The policy that produced a result.
public struct PolicyIdentity: Sendable, Equatable {
    public var id: String
    public var version: String
    public var digest: String
}

/// The screening of one project: verdict, reasons, conditions, missing fields, priority.
public struct ScreeningResult: Sendable {
    public var id: String
    public var verdict: Verdict
    public var priority: Bool
    public var score: Int
    /// Every rule that fired, strongest effect first, in policy order within an effect.
    public var reasons: [Reason]
    /// The fields to provide, with the decisive rules that need them.
    public var missing: [MissingField]
    /// Priorities that could be claimed with more data.
    public var hints: [Hint]
    /// Rules that could not be evaluated.
    public var errors: [RuleError]
    /// Why the record could not be read (verdict `error`), each with its row and column.
    public var recordErrors: [Diagnostic] = []
    public var policy: PolicyIdentity

    /// The result for a record that could not be read: verdict `error`, naming the problems.
    public static func unreadable(id: String, problems: [Diagnostic], policy: PolicyIdentity) -> ScreeningResult {
        ScreeningResult(
            id: id, verdict: .error, priority: false, score: 0, reasons: [], missing: [], hints: [], errors: [],
            recordErrors: problems, policy: policy)
    }

    /// The reasons of `condition` rules: the conditions to attach.
    public var conditions: [Reason] { reasons.filter { $0.effect == .condition } }
}
