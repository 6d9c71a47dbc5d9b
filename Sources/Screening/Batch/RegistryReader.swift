import Diagnostics
import Foundation
import YAML

/// Opens a registry by its extension and reads its records in chunks: CSV, XLSX, JSON Lines,
/// a JSON array (split into elements as it streams) or a YAML sequence.
public struct RegistryReader {
    /// The formats read.
    public enum Format: String, Sendable {
        case csv, xlsx, jsonLines = "jsonl", jsonArray = "json", yaml
    }

    /// The format in use.
    public let format: Format
    /// The header of a table format, else empty.
    public let header: [String]
    private var table: (any RowSource)?
    private var lines: LineReader?
    private var arrayElements: JSONArraySplitter?
    private var yamlItems: [RegistryItem] = []
    private var yamlIndex = 0

    /// Opens `path` (`sheet` for spreadsheets); throws a diagnostic when the file cannot be read
    /// at all.
    public init(path: String, sheet: String? = nil) throws(Diagnostic) {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") || lower.hasSuffix(".txt") {
            guard let reader = CSVReader(path: path) else { throw Self.unreadable(path) }
            format = .csv
            header = reader.header
            table = reader
        } else if lower.hasSuffix(".xlsx") {
            let reader = try XLSXReader(path: path, sheet: sheet)
            format = .xlsx
            header = reader.header
            table = reader
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            guard let reader = LineReader(path: path) else { throw Self.unreadable(path) }
            format = .jsonLines
            header = []
            lines = reader
        } else if lower.hasSuffix(".json") {
            guard let splitter = JSONArraySplitter(path: path) else { throw Self.unreadable(path) }
            format = .jsonArray
            header = []
            arrayElements = splitter
        } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            format = .yaml
            header = []
            yamlItems = try Self.yamlSequence(path)
        } else {
            throw Diagnostic(
                code: "registry.format", location: SourceLocation(file: path, line: 1, column: 1),
                message: LocalizedText(
                    vi: "không nhận ra định dạng của `\(path)` (cần .csv, .xlsx, .jsonl, .json, .yaml)",
                    en: "unknown registry format `\(path)` (expected .csv, .xlsx, .jsonl, .json, .yaml)"))
        }
    }

    /// Reads a registry held in memory (a request's body): CSV or JSON Lines.
    public init(bytes: [UInt8], format: Format) throws(Diagnostic) {
        self.format = format
        switch format {
        case .csv:
            let reader = CSVReader(bytes: bytes)
            header = reader.header
            table = reader
        case .jsonLines:
            header = []
            lines = LineReader(bytes: bytes)
        case .xlsx, .jsonArray, .yaml:
            throw Diagnostic(
                code: "registry.format", location: nil,
                message: LocalizedText(
                    vi: "định dạng `\(format.rawValue)` chỉ đọc được từ tệp", en: "format `\(format.rawValue)` is read from files only"))
        }
    }

    /// Bytes read so far, for progress (tables in memory and YAML report nil).
    public var bytesRead: Int? {
        switch format {
        case .csv: return (table as? CSVReader)?.bytesRead
        case .jsonLines: return lines?.bytesRead
        case .jsonArray: return arrayElements?.bytesRead
        case .xlsx, .yaml: return nil
        }
    }

    /// Up to `limit` records; empty at the end.
    public mutating func nextChunk(limit: Int) -> [RegistryItem] {
        if table != nil {
            // Read in place: a copy of the source would copy its boxed state.
            return (table?.nextRows(limit: limit) ?? []).map { .row($0) }
        }
        var items: [RegistryItem] = []
        items.reserveCapacity(limit)
        while items.count < limit, let item = nextItem() { items.append(item) }
        return items
    }

    private mutating func nextItem() -> RegistryItem? {
        switch format {
        case .csv, .xlsx:
            // Tables are read in chunks by `nextChunk`.
            return nil
        case .jsonLines:
            while let (text, line) = lines?.next() {
                if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
                return .document(text: text, line: line)
            }
            return nil
        case .jsonArray:
            return arrayElements?.next()
        case .yaml:
            guard yamlIndex < yamlItems.count else { return nil }
            defer { yamlIndex += 1 }
            return yamlItems[yamlIndex]
        }
    }

    static func unreadable(_ path: String) -> Diagnostic {
        Diagnostic(
            code: "registry.file", location: SourceLocation(file: path, line: 1, column: 1),
            message: LocalizedText(vi: "không đọc được `\(path)`", en: "cannot read `\(path)`"))
    }

    private static func yamlSequence(_ path: String) throws(Diagnostic) -> [RegistryItem] {
        guard let data = FileManager.default.contents(atPath: path) else { throw unreadable(path) }
        let reader = YAMLReader(limits: YAMLLimits(maxInputBytes: 512 << 20, maxNodes: 50_000_000))
        let parsed = reader.source(fromUTF8: [UInt8](data), path: path).flatMap { reader.parseSingle($0) }
        switch parsed {
        case .failure(let failure):
            throw failure.diagnostics.first ?? unreadable(path)
        case .success(let root):
            guard let elements = root.sequenceElements else {
                throw Diagnostic(
                    code: "registry.yaml", location: root.location,
                    message: LocalizedText(vi: "sổ đăng ký YAML phải là một danh sách dự án",
                                           en: "a YAML registry must be a sequence of projects"))
            }
            return elements.enumerated().map { .node($1, number: $0 + 1) }
        }
    }
}
