import CEL
import Diagnostics

/// One project's field values, validated against the schema, in schema field order.
public struct ProjectRecord: Sendable {
    /// The value of each schema field (by position); nil when the field is missing.
    public var values: [Value?]
    /// Where the record came from: a file, or `file:row` in a registry.
    public var origin: String {
        get { row.map { "\(source):\($0)" } ?? source }
        set {
            source = newValue
            row = nil
        }
    }

    /// The file, or the whole origin when ``row`` is nil.
    private var source: String
    /// The row in a registry, kept apart so that no text is made per row unless asked for.
    private var row: Int?

    /// Creates a record with every field missing.
    public init(schema: Schema, origin: String) {
        self.values = Array(repeating: nil, count: schema.fields.count)
        self.source = origin
    }

    /// Creates a record from values in schema order.
    public init(values: [Value?], origin: String) {
        self.values = values
        self.source = origin
    }

    /// Creates a record from values in schema order, read from a row of a registry file.
    init(values: [Value?], file: String, row: Int) {
        self.values = values
        self.source = file
        self.row = row
    }

    /// The record's `id`, when present and a string.
    public func id(in schema: Schema) -> String? {
        id(at: schema.index["id"])
    }

    /// The `id` value, given the schema position of `id`.
    func id(at position: Int?) -> String? {
        guard let position, position >= 0, position < values.count, case .string(let id)? = values[position] else {
            return nil
        }
        return id
    }

    /// The value of a field by name.
    public func value(_ field: String, in schema: Schema) -> Value? {
        schema.index[field].flatMap { values[$0] }
    }
}
