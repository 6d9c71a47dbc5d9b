import ArgumentParser
import Diagnostics
import Foundation
import Screening

/// Loads and compiles a policy for a subcommand, printing every load error.
enum PolicyLoading {
    /// The policy path: the argument, else `$SCREENER_POLICY`, else `Rules/kien-giang-157`.
    static func path(_ given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["SCREENER_POLICY"] ?? "Rules/kien-giang-157"
    }

    /// The compiled policy; on failure prints the diagnostics to stderr and exits with 2.
    static func compile(_ path: String, language: Language) throws -> CompiledPolicy {
        switch CompiledPolicy.load(path: path) {
        case .success(let policy): return policy
        case .failure(let failure):
            let renderer = DiagnosticRenderer(language: language)
            StandardError.line(renderer.text(failure.diagnostics))
            throw ExitStatus.badInput
        }
    }
}
