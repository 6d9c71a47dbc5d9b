import Diagnostics

/// Why a project record (or a file of them) could not be read: every problem found, each with
/// its code, location and source line.
///
/// Codes: `record.type` (a value of the wrong kind, or a record that is not a mapping),
/// `record.enum` (a value outside the allowed values), `record.range` (a number out of bounds),
/// `record.unknown_field`, `record.duplicate_field`, `record.required` and `record.file` (the
/// file cannot be read); the YAML reader's `yaml.*` codes pass through.
public struct RecordFailure: Error, Sendable {
    /// The problems, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Creates a failure from its diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
