/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    /// The input cannot be used.
    case error
    /// The input can be used but is probably wrong.
    case warning
    /// Information for the reader.
    case note

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .note: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in an input: the single diagnostic model of the project.
///
/// Every phase (YAML, policy loading, CEL parsing and checking, record validation) reports its
/// problems as diagnostics, which are rendered as text or JSON by ``DiagnosticRenderer``.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious the problem is.
    public var severity: Severity
    /// A stable code, such as `cel.parse` or `yaml.syntax`.
    public var code: String
    /// Where the problem is, when it has a place.
    public var location: SourceLocation?
    /// What is wrong.
    public var message: LocalizedText
    /// What to do about it, when there is advice.
    public var help: LocalizedText?
    /// The text of the offending line, shown under the message with a caret.
    public var sourceLine: String?

    /// Creates a diagnostic.
    public init(
        severity: Severity = .error, code: String, location: SourceLocation?,
        message: LocalizedText, help: LocalizedText? = nil, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.help = help
        self.sourceLine = sourceLine
    }

    /// Creates a diagnostic at a UTF-8 offset of a source, quoting its line.
    public init(
        severity: Severity = .error, code: String, source: SourceFile, offset: Int,
        message: LocalizedText, help: LocalizedText? = nil
    ) {
        let location = source.location(ofUTF8Offset: offset)
        self.init(
            severity: severity, code: code, location: location, message: message, help: help,
            sourceLine: source.line(location.line))
    }
}
