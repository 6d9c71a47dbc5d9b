import Diagnostics
import Screening
import YAML

/// Reads the project of a request, a JSON object or the fields of the web form, into a
/// record validated against the schema; every problem is named by its field.
struct ProjectReading: Sendable {
    /// The decoder of records (the schema and the JSON reader's limits).
    let decoder: RecordDecoder

    /// The name under which request bodies appear in locations.
    static let origin = "request"

    /// The record a JSON object describes (read as YAML's flow syntax, as project files are).
    func record(fromJSON bytes: [UInt8], language: Language) throws(ServiceError) -> ProjectRecord {
        let reader = decoder.yamlReader
        let parsed = reader.source(fromUTF8: bytes, path: Self.origin).flatMap { source in
            reader.parseSingle(source).map { (source, $0) }
        }
        switch parsed {
        case .failure(let failure):
            throw ServiceError.invalidJSON(failure.diagnostics.map { problem(Self.asJSON($0), field: nil) }, language)
        case .success(let (source, root)):
            switch decoder.record(from: root, source: source, origin: Self.origin) {
            case .success(let record):
                return record
            case .failure(let failure):
                let fields = FieldPlaces(root: root)
                // Missing required fields are reported in schema order, as `requiredAbsent` lists them.
                var absent = requiredAbsent(given: fields.names).makeIterator()
                let problems = failure.diagnostics.map { diagnostic in
                    let field = diagnostic.code == "record.required"
                        ? absent.next() : diagnostic.location.flatMap { fields.byLocation[$0] }
                    return problem(diagnostic, field: field)
                }
                throw ServiceError.invalidProject(problems, language)
            }
        }
    }

    /// The record the web form's fields describe: `(name, text)` pairs, an empty text being a
    /// missing field, several values of a list joined with `;`.
    func record(fromForm fields: [(name: String, text: String)], language: Language) throws(ServiceError) -> ProjectRecord {
        // Each field's place is its position in the form, so that each problem names its field.
        let located = fields.enumerated().map { index, field in
            (name: field.name, text: field.text,
             location: Optional(SourceLocation(file: Self.origin, line: index + 1, column: 1)))
        }
        switch decoder.record(fromText: located, origin: Self.origin) {
        case .success(let record):
            return record
        case .failure(let failure):
            var absent = requiredAbsent(given: Set(fields.filter { !$0.text.isEmpty }.map(\.name))).makeIterator()
            let problems = failure.diagnostics.map { diagnostic -> ServiceError.Problem in
                var field = diagnostic.location.flatMap { fields.indices.contains($0.line - 1) ? fields[$0.line - 1].name : nil }
                if diagnostic.code == "record.required" { field = absent.next() }
                var problem = problem(diagnostic, field: field)
                problem.location = nil
                return problem
            }
            throw ServiceError.invalidProject(problems, language)
        }
    }

    /// The required fields of the schema not among `given`.
    private func requiredAbsent(given: Set<String>) -> [String] {
        decoder.schema.fields.filter { $0.isRequired && !given.contains($0.name) }.map(\.name)
    }

    private func problem(_ diagnostic: Diagnostic, field: String?) -> ServiceError.Problem {
        ServiceError.Problem(
            field: field, location: diagnostic.location, code: diagnostic.code, message: diagnostic.message,
            help: diagnostic.help)
    }

    /// A syntax error of the YAML reader, which reads JSON bodies, told as a JSON error.
    static func asJSON(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.code == "yaml.syntax" else { return diagnostic }
        var told = diagnostic
        told.code = "json.syntax"
        told.message = LocalizedText(
            vi: "JSON không hợp lệ: " + detail(diagnostic.message.vi, after: "cú pháp YAML không hợp lệ: "),
            en: "invalid JSON: " + detail(diagnostic.message.en, after: "invalid YAML syntax: "))
        return told
    }

    /// The text after `prefix`, or the whole text when it does not start with it.
    private static func detail(_ text: String, after prefix: String) -> String {
        text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
    }
}

/// The field each place of a JSON object belongs to: its key, its value and the elements of
/// a list value.
private struct FieldPlaces {
    var byLocation: [SourceLocation: String] = [:]
    /// The keys given with a value that is not null.
    var names: Set<String> = []

    /// The places of the fields of a JSON object.
    init(root: YAMLNode) {
        for (key, value) in root.mappingEntries ?? [] {
            guard let name = key.scalarValue else { continue }
            if !value.isNull { names.insert(name) }
            byLocation[key.location] = name
            byLocation[value.location] = name
            for element in value.sequenceElements ?? [] { byLocation[element.location] = name }
        }
    }
}
