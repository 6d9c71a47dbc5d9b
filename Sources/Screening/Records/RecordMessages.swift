import Diagnostics
import YAML

/// The messages of record validation, in Vietnamese and English: lowercase, no final period,
/// field names and user text in backticks.
enum RecordMessages {
    // MARK: Field values

    /// The value is not of the field's kind (`record.type`).
    static func typeMismatch(_ field: FieldSchema, _ input: FieldInput) -> FieldProblem {
        let expected = expectation(field, input)
        let got = input.shown
        return FieldProblem(
            code: "record.type",
            message: LocalizedText(
                vi: "trường `\(field.name)` phải là \(expected.vi), gặp \(got.vi)",
                en: "field `\(field.name)` must be \(expected.en), got \(got.en)"),
            help: typeHelp(field.kind, input), input: input)
    }

    /// An enum value or a list tag outside the field's values (`record.enum`).
    static func notAllowed(_ field: FieldSchema, _ input: FieldInput, text: String) -> FieldProblem {
        let allowed = field.values.joined(separator: ", ")
        let message = field.kind == .list
            ? LocalizedText(
                vi: "các giá trị của trường `\(field.name)` phải thuộc \(allowed), gặp `\(text)`",
                en: "the tags of field `\(field.name)` must be among \(allowed), got `\(text)`")
            : LocalizedText(
                vi: "trường `\(field.name)` phải là một trong \(allowed), gặp `\(text)`",
                en: "field `\(field.name)` must be one of \(allowed), got `\(text)`")
        return FieldProblem(
            code: "record.enum", message: message,
            help: NameSuggestion.closest(to: text, among: field.values).map(didYouMean), input: input)
    }

    /// A list element that is null or a collection (`record.type`).
    static func badElement(_ field: FieldSchema, _ element: FieldInput) -> FieldProblem {
        let got = element.isMissing ? LocalizedText(vi: "giá trị rỗng", en: "null") : element.shown
        return FieldProblem(
            code: "record.type",
            message: LocalizedText(
                vi: "các phần tử của trường `\(field.name)` phải là chuỗi ký tự, gặp \(got.vi)",
                en: "the elements of field `\(field.name)` must be strings, got \(got.en)"),
            help: nil, input: element)
    }

    /// A number outside the field's inclusive bounds (`record.range`).
    static func outOfRange(_ field: FieldSchema, _ input: FieldInput) -> FieldProblem {
        let bound: LocalizedText
        if let minimum = field.minimum, let maximum = field.maximum {
            bound = LocalizedText(
                vi: "từ \(NumberText.plain(minimum)) đến \(NumberText.plain(maximum))",
                en: "between \(NumberText.plain(minimum)) and \(NumberText.plain(maximum))")
        } else if let maximum = field.maximum {
            bound = LocalizedText(vi: "nhỏ hơn hoặc bằng \(NumberText.plain(maximum))", en: "at most \(NumberText.plain(maximum))")
        } else {
            let minimum = NumberText.plain(field.minimum ?? 0)
            bound = LocalizedText(vi: "lớn hơn hoặc bằng \(minimum)", en: "at least \(minimum)")
        }
        let got = input.shown
        return FieldProblem(
            code: "record.range",
            message: LocalizedText(
                vi: "trường `\(field.name)` phải \(bound.vi), gặp \(got.vi)",
                en: "field `\(field.name)` must be \(bound.en), got \(got.en)"),
            help: nil, input: input)
    }

    /// A whole number too large for a CEL int (`record.range`).
    static func outside64Bits(_ field: FieldSchema, _ input: FieldInput) -> FieldProblem {
        let got = input.shown
        return FieldProblem(
            code: "record.range",
            message: LocalizedText(
                vi: "trường `\(field.name)` vượt quá phạm vi số nguyên 64 bit, gặp \(got.vi)",
                en: "field `\(field.name)` is outside the 64-bit integer range, got \(got.en)"),
            help: nil, input: input)
    }

    // MARK: Records

    /// A field name that the schema does not declare (`record.unknown_field`).
    static func unknownField(
        _ name: String, schema: Schema, location: SourceLocation?, sourceLine: String?
    ) -> Diagnostic {
        let suggestion = NameSuggestion.closest(to: name, among: schema.fields.map(\.name))
        return Diagnostic(
            code: "record.unknown_field", location: location,
            message: LocalizedText(
                vi: "trường `\(name)` không có trong lược đồ `\(schema.id)`",
                en: "unknown field `\(name)` (not in schema `\(schema.id)`)"),
            help: suggestion.map(didYouMean), sourceLine: sourceLine)
    }

    /// A field given twice in one row (`record.duplicate_field`).
    static func duplicateField(_ name: String, location: SourceLocation?, sourceLine: String?) -> Diagnostic {
        Diagnostic(
            code: "record.duplicate_field", location: location,
            message: LocalizedText(
                vi: "trường `\(name)` xuất hiện nhiều lần", en: "field `\(name)` appears more than once"),
            sourceLine: sourceLine)
    }

    /// A required field that is absent or null (`record.required`).
    static func required(_ field: FieldSchema, location: SourceLocation?, sourceLine: String?) -> Diagnostic {
        Diagnostic(
            code: "record.required", location: location,
            message: LocalizedText(
                vi: "thiếu trường bắt buộc `\(field.name)`", en: "missing required field `\(field.name)`"),
            sourceLine: sourceLine)
    }

    /// A document or list element that is not a mapping (`record.type`).
    static func notMapping(_ node: YAMLNode, source: SourceFile) -> Diagnostic {
        let got = node.isNull ? LocalizedText(vi: "giá trị rỗng", en: "nothing") : FieldInput.node(node).shown
        return Diagnostic(
            code: "record.type", location: node.location,
            message: LocalizedText(
                vi: "hồ sơ dự án phải là một ánh xạ (trường: giá trị), gặp \(got.vi)",
                en: "a project record must be a mapping (field: value), got \(got.en)"),
            sourceLine: source.line(node.location.line))
    }

    // MARK: Helpers

    static func didYouMean(_ name: String) -> LocalizedText {
        LocalizedText(vi: "có phải là `\(name)`?", en: "did you mean `\(name)`?")
    }

    /// What the field's kind expects, as the object of "must be".
    private static func expectation(_ field: FieldSchema, _ input: FieldInput) -> LocalizedText {
        switch field.kind {
        case .string: return LocalizedText(vi: "chuỗi ký tự", en: "a string")
        case .number:
            return input.number == nil
                ? LocalizedText(vi: "số", en: "a number") : LocalizedText(vi: "số hữu hạn", en: "a finite number")
        case .integer: return LocalizedText(vi: "số nguyên", en: "an integer")
        case .bool: return LocalizedText(vi: "giá trị đúng/sai", en: "a boolean")
        case .list: return LocalizedText(vi: "danh sách", en: "a list")
        case .enum:
            let allowed = field.values.joined(separator: ", ")
            return LocalizedText(vi: "một trong \(allowed)", en: "one of \(allowed)")
        }
    }

    /// Advice for a value of the wrong kind, when there is some.
    private static func typeHelp(_ kind: FieldKind, _ input: FieldInput) -> LocalizedText? {
        let text = input.scalarText ?? ""
        switch kind {
        case .number, .integer:
            if input.isQuoted, DecimalText.double(text) != nil {
                return LocalizedText(vi: "bỏ dấu nháy để ghi số: `\(text)`", en: "write the number without quotes: `\(text)`")
            }
            if DecimalText.usesComma(text) {
                return LocalizedText(
                    vi: "dùng dấu chấm `.` làm dấu thập phân, không dùng dấu phân cách hàng nghìn",
                    en: "use `.` as the decimal separator and no thousands separator")
            }
            return nil
        case .bool:
            return LocalizedText(
                vi: "ghi true/false, yes/no, 1/0 hoặc có/không", en: "write true/false, yes/no, 1/0 or có/không")
        case .list:
            return LocalizedText(
                vi: "ghi một danh sách YAML hoặc các giá trị cách nhau bởi `;`",
                en: "write a YAML list, or values separated by `;`")
        case .string, .enum:
            return nil
        }
    }
}
