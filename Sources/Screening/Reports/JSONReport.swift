import CEL
import Diagnostics

/// The JSON form of a screening result, with the stable keys of SPEC §4.
public enum JSONReport {
    /// One result as a JSON object on one line; messages and titles in `language`.
    public static func render(_ result: ScreeningResult, language: Language) -> String {
        var fields: [(String, String)] = [
            ("id", JSONText.quote(result.id)),
            ("verdict", JSONText.quote(result.verdict.rawValue)),
            ("priority", result.priority ? "true" : "false"),
            ("score", String(result.score)),
            ("reasons", array(result.reasons.map { reason($0, language) })),
            ("conditions", array(result.conditions.map { condition($0, language) })),
            ("missing", array(result.missing.map { missing in
                object([
                    ("field", JSONText.quote(missing.field)),
                    ("rules", array(missing.rules.map(JSONText.quote))),
                ])
            })),
            ("hints", array(result.hints.map { hint($0, language) })),
        ]
        if !result.errors.isEmpty {
            fields.append(("errors", array(result.errors.map { error in
                object([("rule", JSONText.quote(error.rule)), ("message", JSONText.quote(error.message.text(language)))])
            })))
        }
        fields.append(("policy", object([
            ("id", JSONText.quote(result.policy.id)),
            ("version", JSONText.quote(result.policy.version)),
            ("digest", JSONText.quote(result.policy.digest)),
        ])))
        return object(fields)
    }

    static func reason(_ reason: Reason, _ language: Language) -> String {
        var fields: [(String, String)] = [
            ("rule", JSONText.quote(reason.rule)),
            ("effect", JSONText.quote(reason.effect.rawValue)),
            ("clause", JSONText.quote(reason.clause)),
        ]
        if let quote = reason.quote { fields.append(("quote", JSONText.quote(quote))) }
        fields += [
            ("title", JSONText.quote(reason.title.text(language))),
            ("message", JSONText.quote(reason.message.text(language))),
            ("values", object(reason.values.map { ($0.0, $0.1.jsonText) })),
        ]
        if reason.effect == .priority { fields.append(("weight", String(reason.weight))) }
        if !reason.parts.isEmpty {
            fields.append(("parts", array(reason.parts.map { part in
                object([("expr", JSONText.quote(part.0)), ("value", part.1.jsonText)])
            })))
        }
        return object(fields)
    }

    static func condition(_ reason: Reason, _ language: Language) -> String {
        object([
            ("rule", JSONText.quote(reason.rule)),
            ("clause", JSONText.quote(reason.clause)),
            ("message", JSONText.quote(reason.message.text(language))),
        ])
    }

    static func hint(_ hint: Hint, _ language: Language) -> String {
        let fields = hint.fields.joined(separator: ", ")
        let message = LocalizedText(
            vi: "Bổ sung \(fields) để được xét ưu tiên: \(hint.title.vi) (+\(hint.weight) điểm)",
            en: "Provide \(fields) to claim priority: \(hint.title.en) (+\(hint.weight) points)")
        return object([
            ("rule", JSONText.quote(hint.rule)),
            ("fields", array(hint.fields.map(JSONText.quote))),
            ("weight", String(hint.weight)),
            ("message", JSONText.quote(message.text(language))),
        ])
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }
}
