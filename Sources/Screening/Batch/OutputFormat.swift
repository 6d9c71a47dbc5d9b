import CEL
import Diagnostics

/// The batch output formats, chosen by the `--out` file's extension.
public enum BatchOutputFormat: String, Sendable {
    case csv, jsonLines = "jsonl", html

    /// The format of an output path, or nil for an unknown extension.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { self = .csv }
        else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { self = .jsonLines }
        else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { self = .html }
        else { return nil }
    }
}

/// Serialises batch results as CSV: one row per record with its verdict and first reason,
/// and with `keepColumns` the record's own values after them.
public struct CSVResultFormat: Sendable {
    /// The schema, for the kept columns.
    public let schema: Schema
    /// Whether to append the record's fields.
    public let keepColumns: Bool
    /// The language of messages.
    public let language: Language

    /// Creates a format.
    public init(schema: Schema, keepColumns: Bool, language: Language) {
        self.schema = schema
        self.keepColumns = keepColumns
        self.language = language
    }

    /// The header line.
    public var header: [UInt8] {
        var names = ["id", "verdict", "priority", "score", "rules", "missing", "message"]
        if keepColumns { names += schema.fields.map { "input_\($0.name)" } }
        return Array((names.joined(separator: ",") + "\r\n").utf8)
    }

    /// Appends one line per item.
    public func serialise(_ items: [BatchRunner.Item], into bytes: inout [UInt8]) {
        for item in items {
            // Items of the `results` output all have their result; without one, the summary's
            // columns are written and the explanation's are left empty.
            let summary = item.summary, result = item.result
            var cells = [
                summary.id, summary.verdict.rawValue, summary.priority ? "true" : "false", String(summary.score),
                result?.reasons.map(\.rule).joined(separator: ";") ?? "",
                summary.missingFields.joined(separator: ";"),
                result?.reasons.first?.message.text(language)
                    ?? result?.recordErrors.first.map { problem in
                        let place = problem.location.map { "row \($0.line), column \($0.column): " } ?? ""
                        return place + problem.message.text(language)
                    } ?? "",
            ]
            if keepColumns {
                for index in schema.fields.indices {
                    cells.append(item.record?.values[index].map { ValueFormat.display($0) } ?? "")
                }
            }
            for (index, cell) in cells.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.appendCell(cell, to: &bytes)
            }
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
    }

    /// A cell, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static func appendCell(_ cell: String, to bytes: inout [UInt8]) {
        let utf8 = Array(cell.utf8)
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
