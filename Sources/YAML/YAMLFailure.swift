public import Diagnostics

/// Why a YAML input could not be read: one or more error diagnostics.
///
/// Codes: `yaml.syntax` (libyaml rejected the text), `yaml.encoding` (not UTF-8, or a forbidden
/// character), `yaml.limit` (a ``YAMLLimits`` bound was passed), `yaml.duplicate_key`,
/// `yaml.alias` (an unknown anchor), `yaml.documents` (several documents where one is expected)
/// and `yaml.internal` (libyaml could not run).
public struct YAMLFailure: Error, Sendable {
    /// The problems, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Creates a failure from its diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates a failure from one diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}
