import Diagnostics

/// One independent check of a policy: a function from the policy to its findings.
public typealias LintPass = @Sendable (LintContext) -> [Diagnostic]

/// The findings of `screener lint`: what the loader and the compiler report, then every lint
/// pass over the policy.
public struct LintReport: Sendable {
    /// Every finding, errors and warnings.
    public var diagnostics: [Diagnostic]
    /// False when the policy could not be read at all (no header, no schema, no such path).
    public var readable: Bool
}

/// Runs the loader, the compiler and the lint passes over a policy.
public enum PolicyLinter {
    /// The passes, each in its own file.
    public static let passes: [LintPass] = [
        UnusedNamesPass.run,
        TranslationPass.run,
        DuplicateConditionPass.run,
        ClauseIndexPass.run,
        ConstantConditionPass.run,
    ]

    /// Lints the policy at `path` (a folder or a YAML file).
    public static func lint(path: String, passes: [LintPass] = passes) -> LintReport {
        let (loaded, loadDiagnostics) = PolicyLoader().loadPartially(path: path)
        guard let loaded else { return LintReport(diagnostics: loadDiagnostics, readable: false) }
        var diagnostics = loadDiagnostics
        var compiled: CompiledPolicy?
        switch CompiledPolicy.compile(loaded) {
        case .success(let policy):
            compiled = policy
        case .failure(let failure):
            diagnostics += failure.diagnostics
            // The passes still run when only clause citations fail, which the loader reports.
            var unchecked = loaded
            unchecked.clauses = nil
            if case .success(let policy) = CompiledPolicy.compile(unchecked) { compiled = policy }
        }
        if let compiled {
            let context = LintContext(policy: loaded, compiled: compiled)
            for pass in passes { diagnostics += pass(context) }
        }
        return LintReport(diagnostics: diagnostics, readable: true)
    }
}
