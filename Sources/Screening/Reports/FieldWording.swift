import Diagnostics

/// How a form shows a schema field to people, in the reports' words: the unit in the
/// language (`TOE/năm`) and each allowed value with its meaning (`khu công nghiệp
/// (industrial_zone)`).
public struct FieldWording: Sendable {
    /// The language of units and meanings.
    public let language: Language

    /// Creates the wording of a language.
    public init(language: Language) {
        self.language = language
    }

    /// The field's unit in the language, or nil when it has none.
    public func unit(of field: FieldSchema) -> String? {
        TextReportValues(language: language).unit(of: field)?.text
    }

    /// An allowed value of the field with its meaning, or the value alone when it has none.
    public func option(_ value: String, of field: FieldSchema) -> String {
        TextReportValues(language: language).coded(value, field: field.name)
    }
}
