import ArgumentParser
import Diagnostics
import Foundation
import Screening

/// `screener check FILE...`: screens project files against a policy and prints each verdict
/// with its reasons, for an officer (text, Markdown) or a program (JSON).
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Screen project applications against a policy.",
        discussion: """
            Each FILE is a .yaml, .yml or .json file holding one project or a list of projects. \
            Results are printed in the order of the files. In JSON, one project gives one object \
            and several give an array. Errors in a file are reported on stderr with their \
            position; the other files are still screened. Exit status: 0; 1 if a verdict is at \
            or above --fail-on; 2 if a file or the policy cannot be read.
            """
    )

    @Argument(help: "Project files (.yaml, .yml or .json).")
    var files: [String]

    @Option(help: "The policy: a folder or a YAML file (default: $SCREENER_POLICY, else Rules/kien-giang-157).")
    var policy: String?

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Option(help: "Language of the report: vi or en.")
    var lang: Language = .vi

    @Flag(help: "Add, for each decisive reason, what change of the project's values would lift it.")
    var explain = false

    @Option(help: "Exit with status 1 if any verdict is at or above this one: reject, needs_info, review or conditional.")
    var failOn: FailLevel?

    /// The output formats of `check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case markdown
    }

    /// The verdicts `--fail-on` accepts.
    enum FailLevel: String, ExpressibleByArgument, CaseIterable {
        case reject
        case needsInfo = "needs_info"
        case review
        case conditional

        /// The verdict at or above which `check` fails.
        var verdict: Verdict {
            switch self {
            case .reject: return .reject
            case .needsInfo: return .needsInfo
            case .review: return .review
            case .conditional: return .conditional
            }
        }
    }

    func run() throws {
        let renderer = DiagnosticRenderer(language: lang)
        let compiled: CompiledPolicy
        switch CompiledPolicy.load(path: policyPath) {
        case .success(let loaded):
            compiled = loaded
        case .failure(let failure):
            report(failure.diagnostics, renderer)
            throw ExitStatus.badInput
        }
        let decoder = RecordDecoder(schema: compiled.schema)
        var reports: [String] = []
        var verdicts: [Verdict] = []
        var unreadable = false
        for file in files {
            switch decoder.readProjects(atPath: file) {
            case .failure(let failure):
                report(failure.diagnostics, renderer)
                unreadable = true
            case .success(let records) where records.isEmpty:
                report([noProjects(in: file)], renderer)
                unreadable = true
            case .success(let records):
                for record in records {
                    let result = compiled.screen(record)
                    verdicts.append(result.verdict)
                    reports.append(render(result, record: record, policy: compiled))
                }
            }
        }
        if let output = output(reports) {
            print(output)
        }
        if unreadable { throw ExitStatus.badInput }
        if let failOn, verdicts.contains(where: { $0 <= failOn.verdict }) { throw ExitStatus.findings }
    }

    /// `--policy`, else `$SCREENER_POLICY`, else the shipped policy.
    private var policyPath: String {
        if let policy { return policy }
        if let variable = ProcessInfo.processInfo.environment["SCREENER_POLICY"], !variable.isEmpty { return variable }
        return "Rules/kien-giang-157"
    }

    private func render(_ result: ScreeningResult, record: ProjectRecord, policy: CompiledPolicy) -> String {
        let counterfactuals = explain ? ConditionAnalysis(policy: policy).counterfactuals(for: result, record: record) : nil
        switch format {
        case .text:
            let appendix = counterfactuals.map { CounterfactualText(schema: policy.schema, language: lang).lines($0) }
            return TextReport.render(result, policy: policy, record: record, language: lang, appendix: appendix ?? [])
        case .markdown:
            let appendix = counterfactuals.map { CounterfactualText(schema: policy.schema, language: lang).markdownLines($0) }
            return MarkdownReport.render(result, policy: policy, record: record, language: lang, appendix: appendix ?? [])
        case .json:
            guard let counterfactuals else { return JSONReport.render(result, language: lang) }
            return CounterfactualJSON.render(result, counterfactuals, schema: policy.schema, language: lang)
        }
    }

    /// All reports as stdout shows them, or nil when there are none. In JSON, one file holding
    /// one project gives its object; anything else gives an array.
    private func output(_ reports: [String]) -> String? {
        switch format {
        case .json:
            if files.count == 1 && reports.count <= 1 { return reports.first }
            return "[" + reports.joined(separator: ",\n") + "]"
        case .text:
            return reports.isEmpty ? nil : trimmed(reports.joined(separator: "\n"))
        case .markdown:
            return reports.isEmpty ? nil : trimmed(reports.joined(separator: "\n---\n\n"))
        }
    }

    /// The text without its final line break, which `print` adds back.
    private func trimmed(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The error of a file that holds an empty list: nothing to screen is not a success.
    private func noProjects(in file: String) -> Diagnostic {
        Diagnostic(
            code: "record.empty", location: SourceLocation(file: file, line: 1, column: 1),
            message: LocalizedText(
                vi: "tệp `\(file)` không có hồ sơ dự án nào", en: "`\(file)` holds no project"))
    }

    /// Writes diagnostics to stderr, every one of them.
    private func report(_ diagnostics: [Diagnostic], _ renderer: DiagnosticRenderer) {
        let text = diagnostics.isEmpty
            ? (lang == .vi ? "lỗi: không đọc được dữ liệu" : "error: the input cannot be read")
            : renderer.text(diagnostics)
        StandardError.line(text)
    }
}
