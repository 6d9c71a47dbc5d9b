/// Renders diagnostics as text for people or as JSON for programs.
public struct DiagnosticRenderer: Sendable {
    /// The language of messages.
    public var language: Language

    /// Creates a renderer for a language.
    public init(language: Language = .vi) {
        self.language = language
    }

    /// `file:line:column: error: message`, then the offending line and a caret, then help.
    public func text(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if let location = diagnostic.location { out += "\(location): " }
        out += "\(severityWord(diagnostic.severity)): \(diagnostic.message.text(language))"
        if let line = diagnostic.sourceLine, let column = diagnostic.location?.column {
            out += "\n" + line + "\n" + caretLine(for: line, column: column)
        }
        if let help = diagnostic.help {
            out += "\n" + (language == .vi ? "gợi ý" : "help") + ": " + help.text(language)
        }
        return out
    }

    /// All diagnostics as text, sorted by location, one block each.
    public func text(_ diagnostics: [Diagnostic]) -> String {
        sorted(diagnostics).map(text).joined(separator: "\n")
    }

    /// One diagnostic as a JSON object with keys severity, code, file, line, column, message, help.
    public func json(_ diagnostic: Diagnostic) -> String {
        var fields: [(String, String)] = [
            ("severity", JSONText.quote(diagnostic.severity.rawValue)),
            ("code", JSONText.quote(diagnostic.code)),
        ]
        if let location = diagnostic.location {
            if let file = location.file { fields.append(("file", JSONText.quote(file))) }
            fields.append(("line", String(location.line)))
            fields.append(("column", String(location.column)))
        }
        fields.append(("message", JSONText.quote(diagnostic.message.text(language))))
        if let help = diagnostic.help {
            fields.append(("help", JSONText.quote(help.text(language))))
        }
        return "{" + fields.map { "\(JSONText.quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// All diagnostics as a JSON array, sorted by location.
    public func json(_ diagnostics: [Diagnostic]) -> String {
        "[" + sorted(diagnostics).map(json).joined(separator: ", ") + "]"
    }

    private func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    private func severityWord(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.error, .vi): return "lỗi"
        case (.warning, .vi): return "cảnh báo"
        case (.note, .vi): return "ghi chú"
        case (.error, .en): return "error"
        case (.warning, .en): return "warning"
        case (.note, .en): return "note"
        }
    }

    /// A line of spaces (tabs kept, so the caret lines up) ending in `^` under `column`.
    private func caretLine(for line: String, column: Int) -> String {
        var caret = ""
        for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
            caret.append(scalar == "\t" ? "\t" : " ")
        }
        let missing = column - 1 - caret.unicodeScalars.count
        if missing > 0 { caret += String(repeating: " ", count: missing) }
        return caret + "^"
    }
}
