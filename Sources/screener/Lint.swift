import ArgumentParser
import Diagnostics
import Foundation
import Screening

/// `screener lint [POLICY]`: everything the loader and the compiler check, plus the lint
/// passes (unused names, untranslated texts, duplicate conditions, the clause index).
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a policy: YAML, schema, types, references, unused names, translations, duplicates.",
        discussion: """
            Findings are printed as `file:line:column: error|warning: message` (or a JSON array \
            with --format json). Exit status: 0 clean; 1 findings; 2 when the policy cannot be \
            read at all.
            """
    )

    @Argument(help: "The policy folder or file (default: $SCREENER_POLICY, else Rules/kien-giang-157).")
    var policy: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of messages: vi or en.")
    var lang: Language = .vi

    func run() throws {
        let report = PolicyLinter.lint(path: PolicyLoading.path(policy))
        let renderer = DiagnosticRenderer(language: lang)
        guard report.readable else {
            StandardError.line(renderer.text(report.diagnostics))
            throw ExitStatus.badInput
        }
        switch format {
        case .json:
            print(renderer.json(report.diagnostics))
        case .text:
            if !report.diagnostics.isEmpty { print(renderer.text(report.diagnostics)) }
            print(Self.summary(report.diagnostics, language: lang))
        }
        if !report.diagnostics.isEmpty { throw ExitStatus.findings }
    }

    /// `N errors, M warnings`, or that the policy is clean.
    static func summary(_ diagnostics: [Diagnostic], language: Language) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if diagnostics.isEmpty {
            return language == .vi ? "không có phát hiện nào" : "no findings"
        }
        return language == .vi ? "\(errors) lỗi, \(warnings) cảnh báo" : "\(errors) errors, \(warnings) warnings"
    }
}
