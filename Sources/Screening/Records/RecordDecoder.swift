import CEL
import Diagnostics
import Foundation
import YAML

/// Validates project records against a schema, from a YAML (or JSON) mapping or from the text
/// cells of a table row, collecting every problem of a record rather than the first.
///
/// Defaults are not applied: a field that is absent, null or empty stays nil in the record, and
/// the engine decides what that means.
public struct RecordDecoder: Sendable {
    /// The schema records are validated against.
    public let schema: Schema
    /// The reader of project files, whose limits bound a file (16 MiB by default), its nesting
    /// and its nodes.
    public var yamlReader: YAMLReader

    /// Creates a decoder for a schema.
    public init(schema: Schema, yamlReader: YAMLReader = YAMLReader()) {
        self.schema = schema
        self.yamlReader = yamlReader
    }

    /// The record a mapping of field → value describes, or every problem in it.
    ///
    /// Keys are canonical field names. Plain scalars keep their raw text for string fields
    /// (`vsic: 05` is `"05"`); numbers must not be quoted.
    public func record(from node: YAMLNode, source: SourceFile, origin: String) -> Result<ProjectRecord, RecordFailure> {
        guard let entries = node.mappingEntries else {
            return .failure(RecordFailure(diagnostics: [RecordMessages.notMapping(node, source: source)]))
        }
        var assembly = Assembly(schema: schema, source: source)
        for entry in entries {
            let name = entry.key.scalarValue ?? entry.key.description
            guard let position = schema.index[name] else {
                assembly.diagnostics.append(
                    RecordMessages.unknownField(
                        name, schema: schema, location: entry.key.location,
                        sourceLine: source.line(entry.key.location.line)))
                continue
            }
            assembly.set(position, to: .node(entry.value), at: entry.value.location)
        }
        return assembly.finish(at: node.location, origin: origin)
    }

    /// The record a row of text cells describes, or every problem in it.
    ///
    /// Names are canonical field names or field labels (``Schema/field(forHeader:)``). Cells are
    /// trimmed; an empty cell is missing. Numbers use `.` as the decimal separator (`1,5` is an
    /// error); booleans are `true/false`, `yes/no`, `1/0` or `có/không`; lists are `;`-separated.
    /// `source`, when given, supplies the quoted line of each diagnostic; a missing required
    /// field is reported at the first cell.
    public func record(
        fromText fields: [(name: String, text: String, location: SourceLocation?)],
        source: SourceFile? = nil, origin: String
    ) -> Result<ProjectRecord, RecordFailure> {
        var assembly = Assembly(schema: schema, source: source)
        for field in fields {
            guard let position = schema.field(forHeader: field.name) else {
                assembly.diagnostics.append(
                    RecordMessages.unknownField(
                        field.name, schema: schema, location: field.location,
                        sourceLine: assembly.line(field.location)))
                continue
            }
            let text = CellText.trimmed(field.text)
            assembly.set(position, to: .text(text), at: field.location)
        }
        return assembly.finish(at: fields.first?.location, origin: origin)
    }
}

/// The values and problems of one record as its fields are read.
private struct Assembly {
    let schema: Schema
    let source: SourceFile?
    var values: [Value?]
    var diagnostics: [Diagnostic] = []
    /// The positions of the fields given, whatever their values.
    private var given: Set<Int> = []
    /// The positions of the fields whose values are wrong.
    private var failed: Set<Int> = []
    /// Where each field given with a location was given.
    private var locations: [Int: SourceLocation] = [:]

    init(schema: Schema, source: SourceFile?) {
        self.schema = schema
        self.source = source
        self.values = Array(repeating: nil, count: schema.fields.count)
    }

    /// Converts the input of the field at `position`, given at `location`.
    mutating func set(_ position: Int, to input: FieldInput, at location: SourceLocation?) {
        let field = schema.fields[position]
        guard given.insert(position).inserted else {
            diagnostics.append(RecordMessages.duplicateField(field.name, location: location, sourceLine: line(location)))
            return
        }
        locations[position] = location
        var conversion = FieldConversion(field: field)
        values[position] = conversion.convert(input)
        if !conversion.problems.isEmpty { failed.insert(position) }
        for problem in conversion.problems {
            // A YAML node knows where it is (a list element may be on its own line); a cell does not.
            var place = location
            if case .node(let node) = problem.input { place = node.location }
            diagnostics.append(
                Diagnostic(
                    code: problem.code, location: place, message: problem.message, help: problem.help,
                    sourceLine: line(place)))
        }
    }

    /// The record, or every problem found. A required field that is absent is reported at
    /// `recordLocation`, one given as null or empty at its value, one with a wrong value not again.
    mutating func finish(at recordLocation: SourceLocation?, origin: String) -> Result<ProjectRecord, RecordFailure> {
        for (position, field) in schema.fields.enumerated()
        where field.isRequired && values[position] == nil && !failed.contains(position) {
            let location = locations[position] ?? recordLocation
            diagnostics.append(RecordMessages.required(field, location: location, sourceLine: line(location)))
        }
        guard diagnostics.isEmpty else { return .failure(RecordFailure(diagnostics: diagnostics)) }
        return .success(ProjectRecord(values: values, origin: origin))
    }

    /// The quoted source line of a location, when the source is known.
    func line(_ location: SourceLocation?) -> String? {
        guard let source, let location else { return nil }
        return source.line(location.line)
    }
}
