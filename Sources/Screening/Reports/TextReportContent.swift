import CEL
import Diagnostics

/// What an officer's report says about one result, in one language: every section's text,
/// ready for ``TextReport`` and ``MarkdownReport`` to lay out.
struct TextReportContent {
    /// A project value that a rule read: the field's label, its canonical name, the value.
    struct FieldLine {
        var label: String
        var field: String
        var value: String
    }

    /// A rule that fired.
    struct Item {
        var title: String
        var rule: String
        var effect: Effect
        var clause: String
        var quote: String?
        var message: String
        var values: [FieldLine]
        var weight: Int
    }

    /// A field to provide, with what it expects and the rules (`ID (title)`) that need it.
    struct MissingItem {
        var label: String
        var field: String
        var expectation: String?
        var rules: [String]
    }

    /// A priority that could be claimed by providing fields, each as (label, canonical name).
    struct HintItem {
        var title: String
        var rule: String
        var weight: Int
        var fields: [(label: String, name: String)]
    }

    /// A rule that could not be evaluated.
    struct ErrorItem {
        var rule: String
        var title: String
        var message: String
    }

    let words: TextReportWords
    let result: ScreeningResult
    let policyTitle: String
    let source: String?
    let projectName: String?
    let investor: String?
    let reasons: [Item]
    let conditions: [Item]
    let priorities: [Item]
    let notes: [Item]
    let missing: [MissingItem]
    let hints: [HintItem]
    let errors: [ErrorItem]
    let threshold: Int

    init(result: ScreeningResult, policy: CompiledPolicy, record: ProjectRecord?, language: Language) {
        let schema = policy.schema
        let values = TextReportValues(language: language)
        let titles = Dictionary(policy.policy.rules.map { ($0.id, $0.title.text(language)) }, uniquingKeysWith: { a, _ in a })
        func item(_ reason: Reason) -> Item {
            let lines = reason.values.map { name, value -> FieldLine in
                let field = name.hasPrefix("project.") ? String(name.dropFirst("project.".count)) : name
                let declared = schema.field(field)
                return FieldLine(
                    label: declared?.label.text(language) ?? field, field: field,
                    value: values.text(value, field: declared))
            }
            return Item(
                title: reason.title.text(language), rule: reason.rule, effect: reason.effect, clause: reason.clause,
                quote: reason.quote, message: reason.message.text(language), values: lines, weight: reason.weight)
        }
        func described(_ rule: String) -> String {
            titles[rule].map { "\(rule) (\($0))" } ?? rule
        }
        func named(_ field: String) -> (label: String, name: String) {
            (schema.field(field)?.label.text(language) ?? field, field)
        }
        func text(_ field: String) -> String? {
            guard let record, case .string(let text)? = record.value(field, in: schema), !text.isEmpty else { return nil }
            return text
        }

        self.words = TextReportWords(language: language)
        self.result = result
        self.policyTitle = policy.policy.header.title.text(language)
        self.source = policy.policy.header.source?.text(language)
        self.projectName = text("name")
        self.investor = text("investor")
        self.reasons = result.reasons.filter { $0.effect == .reject || $0.effect == .review }.map(item)
        self.conditions = result.conditions.map(item)
        self.priorities = result.reasons.filter { $0.effect == .priority }.map(item)
        self.notes = result.reasons.filter { $0.effect == .note }.map(item)
        self.missing = result.missing.map { missing in
            MissingItem(
                label: missing.label.text(language), field: missing.field,
                expectation: schema.field(missing.field).flatMap(values.expectation(of:)),
                rules: missing.rules.map(described))
        }
        self.hints = result.hints.map { hint in
            HintItem(title: hint.title.text(language), rule: hint.rule, weight: hint.weight, fields: hint.fields.map(named))
        }
        self.errors = result.errors.map { error in
            ErrorItem(rule: error.rule, title: titles[error.rule] ?? "", message: error.message.text(language))
        }
        self.threshold = policy.priorityThreshold
    }

    /// The header line naming the application: `Hồ sơ: ID — name`.
    var applicationLine: String {
        "\(words.application): \(result.id)" + (projectName.map { " — \($0)" } ?? "")
    }

    /// The verdict in capitals, as the report's headline.
    var verdictLine: String {
        "\(words.verdict): \(result.verdict.label.text(words.language).uppercased())"
    }

    /// `mục III.3.a — “quote”`.
    func citation(_ item: Item) -> String {
        "\(words.clause) \(item.clause)" + (item.quote.map { " — “\($0)”" } ?? "")
    }

    /// `Điểm ưu tiên: 30 (ngưỡng ưu tiên: 20 điểm). Thuộc diện ưu tiên thu hút đầu tư.`
    var scoreLine: String {
        words.score(result.score, threshold: threshold) + ". " + words.priorityFlag(result.priority)
    }

    /// `label [field], …: để xét ưu tiên “title” (RULE), +20 điểm`, with each field written by
    /// `field` (the text report brackets the name, Markdown puts it in code).
    func hint(_ hint: HintItem, field: (String, String) -> String) -> String {
        hint.fields.map { field($0.label, $0.name) }.joined(separator: ", ") + ": "
            + words.claim(hint.title, rule: hint.rule, weight: hint.weight)
    }

    /// Whether the hints are worth showing: not under a rejection, which no priority can lift.
    var showsHints: Bool { !hints.isEmpty && result.verdict != .reject }

    /// Whether the priority section is shown: always, except a rejection without points.
    var showsPriority: Bool { result.verdict != .reject || result.score > 0 }
}
