import CEL
import CELSyntax
import Diagnostics
import YAML

/// Reads typed pieces out of one YAML file, collecting every problem as a diagnostic.
struct YAMLDocumentReader {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    mutating func error(_ node: YAMLNode, code: String, vi: String, en: String, help: LocalizedText? = nil) {
        diagnostics.append(
            Diagnostic(
                code: code, location: node.location, message: LocalizedText(vi: vi, en: en), help: help,
                sourceLine: source.line(node.location.line)))
    }

    /// Adds a diagnostic found by another reader.
    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The entries of a mapping, or an error naming what was expected.
    mutating func mapping(_ node: YAMLNode, _ what: String) -> [(key: YAMLNode, value: YAMLNode)]? {
        if let entries = node.mappingEntries { return entries }
        error(node, code: "policy.shape", vi: "`\(what)` phải là một ánh xạ (khóa: giá trị)",
              en: "`\(what)` must be a mapping (key: value)")
        return nil
    }

    /// The elements of a sequence, or an error.
    mutating func sequence(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        if let elements = node.sequenceElements { return elements }
        error(node, code: "policy.shape", vi: "`\(what)` phải là một danh sách", en: "`\(what)` must be a list")
        return nil
    }

    /// A scalar's text, or an error.
    mutating func text(_ node: YAMLNode, _ what: String) -> String? {
        if let value = node.scalarValue, !node.isNull || node.scalarStyle != .plain { return value }
        error(node, code: "policy.shape", vi: "`\(what)` phải là một chuỗi", en: "`\(what)` must be a string")
        return nil
    }

    /// Reports keys outside `allowed`, with a did-you-mean help.
    mutating func checkKeys(_ entries: [(key: YAMLNode, value: YAMLNode)], allowed: [String], in what: String) {
        for entry in entries {
            let key = entry.key.scalarValue ?? ""
            guard !allowed.contains(key) else { continue }
            let suggestion = NameSuggestion.closest(to: key, among: allowed)
            error(entry.key, code: "policy.unknown_key",
                  vi: "khóa `\(key)` không hợp lệ trong `\(what)`", en: "unknown key `\(key)` in `\(what)`",
                  help: suggestion.map { LocalizedText(vi: "có phải là `\($0)`?", en: "did you mean `\($0)`?") }
                    ?? LocalizedText(vi: "các khóa hợp lệ: " + allowed.joined(separator: ", "),
                                     en: "valid keys: " + allowed.joined(separator: ", ")))
        }
    }

    /// `{vi: ..., en: ...}` (a plain string counts for both languages).
    mutating func localized(_ node: YAMLNode, _ what: String) -> LocalizedText? {
        if let value = node.scalarValue, !node.isNull { return LocalizedText(verbatim: value) }
        guard let entries = mapping(node, what) else { return nil }
        checkKeys(entries, allowed: ["vi", "en"], in: what)
        guard let vi = node["vi"].flatMap({ text($0, "\(what).vi") }),
            let en = node["en"].flatMap({ text($0, "\(what).en") })
        else {
            error(node, code: "policy.translation", vi: "`\(what)` cần cả `vi` và `en`",
                  en: "`\(what)` needs both `vi` and `en`")
            return nil
        }
        return LocalizedText(vi: vi, en: en)
    }

    /// An expression taken from a scalar, keeping its position in the file.
    mutating func expression(_ node: YAMLNode, _ what: String) -> ExpressionSource? {
        guard let value = text(node, what) else { return nil }
        let offsets = node.scalarFileOffsets(in: source) ?? Array(repeating: node.startOffset, count: value.utf8.count + 1)
        return ExpressionSource(text: value, file: source, fileOffsets: offsets)
    }

    /// A YAML value as a CEL value: plain scalars typed by the YAML core schema, quoted ones
    /// strings, sequences lists, mappings maps with string keys.
    mutating func value(_ node: YAMLNode, _ what: String) -> Value? {
        switch node.content {
        case .scalar(let text, let style):
            guard style == .plain else { return .string(text) }
            switch node.scalarType {
            case .null: return .null
            case .bool: return node.bool.map { .bool($0) }
            case .int: return node.int.map { .int(Int64($0)) }
            case .float: return node.double.map { .double($0) }
            default: return .string(text)
            }
        case .sequence(let elements):
            var values: [Value] = []
            for element in elements {
                guard let value = value(element, what) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .mapping(let entries):
            var pairs: [(String, Value)] = []
            for entry in entries {
                guard let key = entry.key.scalarValue, let value = value(entry.value, "\(what).\(key)") else {
                    return nil
                }
                pairs.append((key, value))
            }
            return .map(MapValue(stringEntries: pairs))
        }
    }
}

