import Diagnostics
import Foundation

/// What a lint pass examines: the policy as loaded and as compiled.
public struct LintContext: Sendable {
    /// The policy as written.
    public let policy: Policy
    /// The policy compiled (with its clause citations left unchecked, since the loader's
    /// diagnostics already report them).
    let compiled: CompiledPolicy
    /// The policy's files, read once, for quoting the line of a finding.
    private let sources: [String: SourceFile]

    /// The context of a policy as loaded and as compiled.
    init(policy: Policy, compiled: CompiledPolicy) {
        self.policy = policy
        self.compiled = compiled
        let locations = policy.parameters.map(\.location) + policy.lists.map(\.location)
            + policy.facts.map(\.location) + policy.rules.map(\.location)
        var sources: [String: SourceFile] = [:]
        for path in Set(locations.compactMap { $0?.file }) {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            sources[path] = SourceFile(path: path, text: String(decoding: data, as: UTF8.self))
        }
        self.sources = sources
    }

    /// A warning at `location`, quoting the line of its file when the file can be read.
    func warning(_ code: String, at location: SourceLocation?, message: LocalizedText, help: LocalizedText? = nil)
        -> Diagnostic
    {
        let line = location.flatMap { location in
            location.file.flatMap { sources[$0] }.map { $0.line(location.line) }
        }
        return Diagnostic(severity: .warning, code: code, location: location, message: message, help: help,
                          sourceLine: line)
    }
}
