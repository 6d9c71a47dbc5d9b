import ArgumentParser
import Diagnostics
import Foundation
import Screening

/// `screener diff OLD NEW --registry FILE`: the impact of a policy draft on a registry.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show which projects of a registry change verdict or priority between two policies.",
        discussion: """
            OLD and NEW are policy folders or files, or git:REV:PATH for a policy as it was at a \
            commit. Every record is screened with both; the summary on stdout groups the records \
            whose verdict or priority moved by transition, with the rules responsible. --out \
            writes the records themselves (.csv or .json). Exit status: 0, or 2 when a policy \
            or the registry cannot be read.
            """
    )

    @Argument(help: "The current policy (folder, file or git:REV:PATH).")
    var old: String

    @Argument(help: "The draft policy (folder, file or git:REV:PATH).")
    var new: String

    @Option(help: "The registry to screen (CSV, XLSX, JSON Lines, JSON array, YAML sequence).")
    var registry: String

    @Option(help: "Write the records that change to this file: .csv or .json.")
    var out: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Language of the summary: vi or en.")
    var lang: Language = .vi

    func validate() throws {
        if let out, !(out.lowercased().hasSuffix(".csv") || out.lowercased().hasSuffix(".json")) {
            throw ValidationError("--out must end in .csv or .json: `\(out)`")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let renderer = DiagnosticRenderer(language: lang)
        var snapshots: [PolicySnapshot] = []
        defer { snapshots.forEach { $0.remove() } }
        var policies: [CompiledPolicy] = []
        for argument in [old, new] {
            do {
                let snapshot = try PolicySnapshot(argument)
                snapshots.append(snapshot)
                policies.append(try PolicyLoading.compile(snapshot.path, language: lang))
            } catch let diagnostic as Diagnostic {
                StandardError.line(renderer.text(diagnostic))
                throw ExitStatus.badInput
            }
        }
        let diff: PolicyDiff
        do {
            diff = try PolicyDiff.compare(old: policies[0], new: policies[1], registry: registry,
                                          options: BatchRunner.Options(jobs: jobs, language: lang))
        } catch let diagnostic as Diagnostic {
            StandardError.line(renderer.text(diagnostic))
            throw ExitStatus.badInput
        }
        print("\(old) → \(new), \(registry)")
        print(PolicyDiffSummary(language: lang).text(diff))
        if let out {
            let bytes = out.lowercased().hasSuffix(".csv") ? PolicyDiffOutput.csv(diff) : PolicyDiffOutput.json(diff)
            guard FileManager.default.createFile(atPath: out, contents: Data(bytes)) else {
                let problem = LocalizedText(vi: "không ghi được `\(out)`", en: "cannot write `\(out)`")
                StandardError.line(renderer.text(Diagnostic(code: "diff.out", location: nil, message: problem)))
                throw ExitStatus.badInput
            }
        }
    }
}
