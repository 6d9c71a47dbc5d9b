import CEL
import Diagnostics
import Foundation
import Testing
import YAML

@testable import Screening

/// Shared fixtures of the record tests: a schema with a field of each kind, and readers.
enum RecordTesting {
    /// One field of each kind, with bounds, a closed and an open list, and a label.
    static let schema = Schema(
        id: "test-schema",
        fields: [
            FieldSchema(name: "id", kind: .string, isRequired: true),
            FieldSchema(name: "name", kind: .string),
            FieldSchema(name: "vsic", kind: .string),
            FieldSchema(name: "status", kind: .enum, values: ["proposed", "licensed", "operating"]),
            FieldSchema(
                name: "share_pct", kind: .number, minimum: 0, maximum: 100,
                label: LocalizedText(vi: "Tỷ lệ sở hữu", en: "Foreign share")),
            FieldSchema(name: "debt", kind: .number, maximum: 10),
            FieldSchema(name: "labour", kind: .integer, minimum: 0),
            FieldSchema(name: "in_plan", kind: .bool),
            FieldSchema(name: "products", kind: .list, values: ["lime", "cement"]),
            FieldSchema(name: "tags", kind: .list, isOpen: true),
        ])

    /// The package root, found from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Decodes the single document of `yaml`, read from a file named `p.yaml`.
    static func decode(_ yaml: String, schema: Schema = schema) throws -> Result<ProjectRecord, RecordFailure> {
        let source = SourceFile(path: "p.yaml", text: yaml)
        let node = try YAMLReader().parseSingle(source).get()
        return RecordDecoder(schema: schema).record(from: node, source: source, origin: "p.yaml")
    }

    /// The diagnostics of a result that must fail; empty if it succeeds.
    static func diagnostics<Success>(_ result: Result<Success, RecordFailure>) -> [Diagnostic] {
        guard case .failure(let failure) = result else { return [] }
        return failure.diagnostics
    }

    /// A value with its CEL type spelled out, so that `int(5)` and `double(5)` differ.
    static func describe(_ value: Value?) -> String {
        switch value {
        case nil: return "nil"
        case .string(let text)?: return "string(\(text))"
        case .int(let number)?: return "int(\(number))"
        case .double(let number)?: return "double(\(number))"
        case .bool(let flag)?: return "bool(\(flag))"
        case .list(let items)?: return "list(" + items.map { describe($0) }.joined(separator: ",") + ")"
        case let other?: return "other(\(other.debugText))"
        }
    }

    /// The schema of the Kiên Giang policy, read by the policy's own schema loader.
    static func kienGiangSchema() throws -> Schema {
        let path = packageRoot.appendingPathComponent("Rules/kien-giang-157/schema.yaml").path
        let source = SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
        let root = try YAMLReader().parseSingle(source).get()
        var reader = YAMLDocumentReader(source: source)
        let schema = SchemaLoader.load(root, reader: &reader)
        #expect(reader.diagnostics.isEmpty, "\(reader.diagnostics)")
        return try #require(schema)
    }

    /// Renders diagnostics as English text, for failure messages.
    static func render(_ diagnostics: [Diagnostic]) -> String {
        DiagnosticRenderer(language: .en).text(diagnostics)
    }
}
