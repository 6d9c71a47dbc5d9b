import Diagnostics

/// One expectation of a test case that did not hold: what was expected and what came.
public struct ExpectationFailure: Sendable, Equatable {
    /// Which expectation.
    public enum Kind: Sendable {
        case verdict, fired, notFired, missing, priority, score
    }

    /// Which expectation failed.
    public var kind: Kind
    /// What the case expected.
    public var expected: String
    /// What screening gave.
    public var actual: String
    /// The rules the expectation is about (those that should or should not have fired).
    public var rules: [String] = []

    /// `verdict: expected reject, got approve`, in `language`.
    public func text(_ language: Language) -> String {
        let label: LocalizedText
        switch kind {
        case .verdict: label = LocalizedText(vi: "kết luận", en: "verdict")
        case .fired: label = LocalizedText(vi: "quy tắc phải áp dụng", en: "rules that must fire")
        case .notFired: label = LocalizedText(vi: "quy tắc không được áp dụng", en: "rules that must not fire")
        case .missing: label = LocalizedText(vi: "trường phải báo thiếu", en: "fields that must be named missing")
        case .priority: label = LocalizedText(vi: "ưu tiên", en: "priority")
        case .score: label = LocalizedText(vi: "điểm ưu tiên", en: "priority score")
        }
        return language == .vi
            ? "\(label.vi): mong đợi \(expected), thực tế \(actual)"
            : "\(label.en): expected \(expected), got \(actual)"
    }
}
