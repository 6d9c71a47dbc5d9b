import Diagnostics

/// The diagnostics of the YAML reader, in Vietnamese and English.
enum YAMLMessages {
    /// libyaml rejected the text; its English description is kept in both languages.
    static func syntax(
        _ problem: String, context: String?, contextLocation: SourceLocation?,
        source: SourceFile, offset: Int, atTab: Bool
    ) -> Diagnostic {
        var detail = problem
        if let context {
            let place = contextLocation.map { " at \($0.line):\($0.column)" } ?? ""
            detail += " (\(context)\(place))"
        }
        return Diagnostic(
            code: "yaml.syntax", source: source, offset: offset,
            message: LocalizedText(
                vi: "cú pháp YAML không hợp lệ: \(detail)", en: "invalid YAML syntax: \(detail)"),
            help: atTab ? tabHelp : indentationHelp(problem))
    }

    /// libyaml's reader found a character that YAML forbids.
    static func forbiddenCharacter(_ problem: String, source: SourceFile, offset: Int) -> Diagnostic {
        Diagnostic(
            code: "yaml.encoding", source: source, offset: offset,
            message: LocalizedText(
                vi: "ký tự không được phép trong YAML: \(problem)",
                en: "character not allowed in YAML: \(problem)"))
    }

    /// The bytes are not UTF-8.
    static func invalidUTF8(location: SourceLocation, sourceLine: String) -> Diagnostic {
        Diagnostic(
            code: "yaml.encoding", location: location,
            message: LocalizedText(
                vi: "tệp không phải là văn bản UTF-8 hợp lệ", en: "the input is not valid UTF-8 text"),
            help: LocalizedText(vi: "hãy lưu tệp với bảng mã UTF-8", en: "save the file as UTF-8"),
            sourceLine: sourceLine)
    }

    static func inputTooLarge(size: Int, limit: Int, path: String?) -> Diagnostic {
        Diagnostic(
            code: "yaml.limit", location: SourceLocation(file: path, line: 1, column: 1),
            message: LocalizedText(
                vi: "tệp YAML quá lớn: \(size) byte (giới hạn \(limit) byte)",
                en: "the YAML input is too large: \(size) bytes (limit \(limit) bytes)"))
    }

    static func tooDeep(limit: Int, source: SourceFile, offset: Int) -> Diagnostic {
        Diagnostic(
            code: "yaml.limit", source: source, offset: offset,
            message: LocalizedText(
                vi: "các nút lồng nhau quá sâu (giới hạn \(limit) mức)",
                en: "nesting is too deep (limit \(limit) levels)"))
    }

    static func aliasExpansion(limit: Int, source: SourceFile, offset: Int) -> Diagnostic {
        Diagnostic(
            code: "yaml.limit", source: source, offset: offset,
            message: LocalizedText(
                vi: "các bí danh mở rộng thành quá nhiều nút (giới hạn \(limit))",
                en: "aliases expand to too many nodes (limit \(limit))"))
    }

    static func tooManyNodes(limit: Int, source: SourceFile, offset: Int) -> Diagnostic {
        Diagnostic(
            code: "yaml.limit", source: source, offset: offset,
            message: LocalizedText(
                vi: "tài liệu YAML có quá nhiều nút (giới hạn \(limit))",
                en: "the YAML input has too many nodes (limit \(limit))"))
    }

    static func duplicateKey(
        _ name: String, first: SourceLocation, source: SourceFile, offset: Int
    ) -> Diagnostic {
        Diagnostic(
            code: "yaml.duplicate_key", source: source, offset: offset,
            message: LocalizedText(vi: "khóa `\(name)` bị lặp lại", en: "duplicate key `\(name)`"),
            help: LocalizedText(
                vi: "khóa này đã có ở dòng \(first.line), cột \(first.column)",
                en: "the key first appears at line \(first.line), column \(first.column)"))
    }

    static func undefinedAlias(_ name: String, source: SourceFile, offset: Int) -> Diagnostic {
        Diagnostic(
            code: "yaml.alias", source: source, offset: offset,
            message: LocalizedText(
                vi: "bí danh `*\(name)` chưa được định nghĩa", en: "undefined alias `*\(name)`"),
            help: LocalizedText(
                vi: "hãy đặt neo `&\(name)` trên một nút đứng trước bí danh",
                en: "put the anchor `&\(name)` on a node before the alias"))
    }

    static func multipleDocuments(count: Int, source: SourceFile, offset: Int) -> Diagnostic {
        Diagnostic(
            code: "yaml.documents", source: source, offset: offset,
            message: LocalizedText(
                vi: "cần đúng một tài liệu YAML nhưng có \(count)",
                en: "expected one YAML document, found \(count)"))
    }

    static func parserUnavailable(_ problem: String, path: String?) -> Diagnostic {
        Diagnostic(
            code: "yaml.internal", location: SourceLocation(file: path, line: 1, column: 1),
            message: LocalizedText(
                vi: "không chạy được bộ phân tích YAML: \(problem)",
                en: "could not run the YAML parser: \(problem)"))
    }

    private static let tabHelp = LocalizedText(
        vi: "YAML không cho phép dùng ký tự tab để thụt lề; hãy dùng dấu cách",
        en: "YAML does not allow tabs for indentation; use spaces")

    private static func indentationHelp(_ problem: String) -> LocalizedText? {
        let hints = ["expected key", "mapping values are not allowed", "expected '-' indicator", "expected ':'"]
        guard hints.contains(where: { problem.contains($0) }) else { return nil }
        return LocalizedText(
            vi: "kiểm tra thụt lề: các khóa cùng cấp phải bắt đầu ở cùng một cột, sau `:` cần một dấu cách",
            en: "check the indentation: keys of one mapping start in the same column, and `:` is followed by a space")
    }
}
