import Diagnostics
import Foundation

/// What a lint pass examines: the policy as loaded and as compiled.
public struct LintContext: Sendable {
    /// The policy as written.
    public let policy: Policy
    /// The policy compiled (with its clause citations left unchecked, since the loader's
    /// diagnostics already report them).
    let compiled: CompiledPolicy

    /// A warning at `location`, quoting the line of its file when the file can be read.
    func warning(_ code: String, at location: SourceLocation?, message: LocalizedText, help: LocalizedText? = nil)
        -> Diagnostic
    {
        let line = location.flatMap { location in
            location.file.flatMap { FileManager.default.contents(atPath: $0) }
                .map { SourceFile(path: location.file, text: String(decoding: $0, as: UTF8.self)).line(location.line) }
        }
        return Diagnostic(severity: .warning, code: code, location: location, message: message, help: help,
                          sourceLine: line)
    }
}
