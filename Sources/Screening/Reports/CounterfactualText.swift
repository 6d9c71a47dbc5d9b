import CEL
import Diagnostics

/// The section "What would change the verdict" of `check --explain`: for each decisive reason,
/// the changes of one field that lift it, or why no exact answer can be given, in Vietnamese or
/// English, values written as the text report writes them.
public struct CounterfactualText {
    let language: Language
    let schema: Schema

    /// A renderer for a policy's schema, in `language`.
    public init(schema: Schema, language: Language) {
        self.schema = schema
        self.language = language
    }

    private var values: TextReportValues { TextReportValues(language: language) }
    var words: TextReportWords { TextReportWords(language: language) }

    /// One reason's counterfactual in words.
    struct Entry {
        /// `[tag] title`.
        let heading: String
        let rule: String
        /// What the changes do, or why there is no exact answer.
        let intro: String
        /// Each change (`label [field]: current → allowed`) with its example line.
        let changes: [(change: String, example: String)]
        /// The verdict of changes made together, and the fields not analysed.
        let closing: [String]
    }

    /// The section's title.
    var title: String { language.pick("Điều gì sẽ thay đổi kết luận", "What would change the verdict") }

    /// The line shown when there is nothing to lift.
    var nothingToLift: String {
        language.pick("Không có lý do nào dẫn đến không chấp thuận, thẩm định thêm, điều kiện hoặc bổ sung thông tin.",
             "No reason rejects, sends to appraisal, attaches a condition or asks for information.")
    }

    /// The section of the text report: a blank line, the heading, a rule, then the numbered entries.
    public func lines(_ counterfactuals: [Counterfactual]) -> [String] {
        var lines = ["", title.uppercased(), TextReport.lightRule]
        if counterfactuals.isEmpty { lines.append(nothingToLift) }
        for (index, entry) in entries(counterfactuals).enumerated() {
            let marker = "\(index + 1). "
            let indent = String(repeating: " ", count: marker.count)
            lines += [marker + entry.heading, indent + "\(words.rule): \(entry.rule)", indent + entry.intro]
            for (change, example) in entry.changes {
                lines += [indent + "- " + change, indent + "  " + example]
            }
            lines += entry.closing.map { indent + $0 }
        }
        return lines
    }

    /// The entries of the counterfactuals, in order.
    func entries(_ counterfactuals: [Counterfactual]) -> [Entry] {
        counterfactuals.map { counterfactual in
            let tag = counterfactual.undecided ? language.pick("Chưa xét được", "Undecided") : words.tag(counterfactual.effect)
            let heading = "[\(tag)] \(counterfactual.title.text(language))"
            if let why = counterfactual.noExactAnswer {
                let intro = language.pick("Không có câu trả lời chính xác: ", "No exact answer: ") + why.text(language) + "."
                return Entry(heading: heading, rule: counterfactual.rule, intro: intro, changes: [], closing: [])
            }
            var closing: [String] = []
            if counterfactual.together, let verdict = counterfactual.changes.first?.verdict {
                closing.append(language.pick("Với các giá trị ví dụ trên: kết luận \(verdict.label.vi)",
                                    "With the example values above: verdict \(verdict.label.en)"))
            }
            if !counterfactual.unanalysed.isEmpty {
                let fields = counterfactual.unanalysed.joined(separator: ", ")
                closing.append(language.pick(
                    "Quy tắc còn xét \(fields) qua biểu thức không phải phép so sánh với hằng số; thay đổi các trường này không được phân tích.",
                    "The rule also tests \(fields) through expressions other than comparisons with constants; changes to them are not analysed."))
            }
            return Entry(
                heading: heading, rule: counterfactual.rule, intro: intro(counterfactual),
                changes: counterfactual.changes.map { describe($0, verdict: !counterfactual.together) }, closing: closing)
        }
    }

    /// The sentence before the changes.
    private func intro(_ counterfactual: Counterfactual) -> String {
        switch (counterfactual.undecided, counterfactual.together) {
        case (true, false):
            return language.pick("Khi bổ sung, quy tắc sẽ không áp dụng nếu một trong các trường sau có giá trị như sau:",
                        "Once provided, the rule would not apply if any one of these fields had such a value:")
        case (true, true):
            return language.pick("Khi bổ sung, quy tắc sẽ không áp dụng nếu cả các trường sau cùng có giá trị như sau:",
                        "Once provided, the rule would not apply if these fields all had such values:")
        case (false, false):
            return language.pick("Quy tắc sẽ không còn áp dụng nếu thay đổi một trong các giá trị sau (mỗi thay đổi tự nó là đủ):",
                        "The rule would no longer apply if any one of these values changed (each change alone suffices):")
        case (false, true):
            return language.pick("Không thay đổi riêng một giá trị nào làm quy tắc hết áp dụng; quy tắc sẽ không còn áp dụng nếu thay đổi đồng thời các giá trị sau:",
                        "No change of one value alone lifts the rule; it would no longer apply if these values changed together:")
        }
    }

    /// `label [field]: current → allowed`, and the example (with the verdict it would get).
    private func describe(_ change: FieldChange, verdict: Bool) -> (change: String, example: String) {
        let field = schema.field(change.field)
        let current = change.current.map { values.text($0, field: field) } ?? language.pick("(chưa có)", "(not given)")
        let example = values.text(change.example, field: field)
        let exampleLine = verdict
            ? language.pick("ví dụ \(example): kết luận \(change.verdict.label.vi)", "e.g. \(example): verdict \(change.verdict.label.en)")
            : language.pick("ví dụ \(example)", "e.g. \(example)")
        return ("\(change.label.text(language)) [\(change.field)]: \(current) → \(allowed(change.allowed, field: field))", exampleLine)
    }

    /// The allowed values in words, e.g. `< 1.000 TOE/năm`, `một trong: khu công nghiệp (industrial_zone), …`.
    func allowed(_ allowed: AllowedValues, field: FieldSchema?) -> String {
        switch allowed {
        case .numbers(let ranges):
            return ranges.map { range($0, field: field) }.joined(separator: language.pick(" hoặc ", " or "))
        case .oneOf(let options):
            let texts = options.map { values.text(.string($0), field: field) }
            return texts.count == 1 ? texts[0] : language.pick("một trong: ", "one of: ") + texts.joined(separator: ", ")
        case .noneOf(let excluded):
            let texts = excluded.map { values.text(.string($0), field: field) }
            return language.pick("bất kỳ giá trị nào khác ngoài: ", "any value other than: ") + texts.joined(separator: ", ")
        case .flag(let flag):
            return values.text(.bool(flag), field: field)
        case .tag(let tag, let held):
            let text = values.text(.list([.string(tag)]), field: field)
            return held ? language.pick("có \(text)", "with \(text)") : language.pick("không có \(text)", "without \(text)")
        }
    }

    /// One range in symbols, e.g. `< 1.000 TOE/năm`, `> 5 và ≤ 10`.
    private func range(_ range: NumberRange, field: FieldSchema?) -> String {
        let number = { (x: Double) in values.text(Self.value(x, field: field), field: field) }
        switch (range.lower, range.upper) {
        case (nil, nil):
            return language.pick("bất kỳ giá trị nào", "any value")
        case (nil, let upper?):
            return (range.upperIncluded ? "≤ " : "< ") + number(upper)
        case (let lower?, nil):
            return (range.lowerIncluded ? "≥ " : "> ") + number(lower)
        case (let lower?, let upper?):
            if lower == upper { return "= " + number(lower) }
            return (range.lowerIncluded ? "≥ " : "> ") + number(lower) + language.pick(" và ", " and ")
                + (range.upperIncluded ? "≤ " : "< ") + number(upper)
        }
    }

    /// A bound as the field's value type: an integer for integer fields.
    static func value(_ x: Double, field: FieldSchema?) -> Value {
        if field?.kind == .integer, let integer = Int64(exactly: x) { return .int(integer) }
        return .double(x)
    }
}
