import ArgumentParser
import Diagnostics
import Foundation
import Screening

/// `screener test [POLICY]`: runs the policy's test cases, optionally with their coverage.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a policy's test cases (tests/*.yaml).",
        discussion: """
            Each failing case shows what was expected against what came, with the traces of the \
            rules involved; then the rule and branch coverage. --coverage adds, per rule, the cases it fired and did not fire in, \
            and per all/any part whether it was seen both true and false. Exit status: 0 when \
            every case passes (and coverage reaches --min-coverage), 1 otherwise, 2 when the \
            policy or a case cannot be read.
            """
    )

    @Argument(help: "The policy folder (default: $SCREENER_POLICY, else Rules/kien-giang-157).")
    var policy: String?

    @Option(help: "Language of messages: vi or en.")
    var lang: Language = .vi

    @Flag(help: "List every case, not only the failures.")
    var verbose = false

    @Flag(help: "Report rule and branch coverage.")
    var coverage = false

    @Option(help: "Fail when rule or branch coverage is below this percentage.")
    var minCoverage: Double?

    func validate() throws {
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage must be from 0 to 100")
        }
    }

    func run() throws {
        let path = PolicyLoading.path(policy)
        let compiled = try PolicyLoading.compile(path, language: lang)
        let (cases, diagnostics) = PolicyTestLoader.load(policyPath: path, schema: compiled.schema)
        if !diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(language: lang)
            StandardError.line(renderer.text(diagnostics))
        }
        let runner = PolicyTestRunner(policy: compiled)
        let report = PolicyTestReport(language: lang)
        var tally = PolicyCoverage()
        var passed = 0
        var failed = 0
        for testCase in cases {
            let outcome = runner.run(testCase)
            tally.add(outcome.traces)
            if outcome.passed {
                passed += 1
                if verbose { print("ok    \(testCase.name)") }
            } else {
                failed += 1
                print(report.failure(outcome))
            }
        }
        print(lang == .vi ? "\(passed) đạt, \(failed) không đạt" : "\(passed) passed, \(failed) failed")
        print(coverage ? report.coverage(tally) : report.coverageFigures(tally))
        let figures = [tally.ruleFigure, tally.branchFigure]
        let belowMinimum = minCoverage.map { minimum in
            figures.contains { Double($0.covered) * 100 < minimum * Double($0.total) }
        } ?? false
        if belowMinimum, let minCoverage {
            print(lang == .vi ? "độ phủ dưới mức tối thiểu \(minCoverage)%" : "coverage below the minimum of \(minCoverage)%")
        }
        if !diagnostics.isEmpty { throw ExitStatus.badInput }
        if failed > 0 || belowMinimum { throw ExitStatus.findings }
    }
}
