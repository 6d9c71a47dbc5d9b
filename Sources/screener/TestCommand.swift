import ArgumentParser
import Diagnostics
import Foundation
import Screening

/// `screener test [POLICY]`: runs the policy's test cases.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a policy's test cases (tests/*.yaml).",
        discussion: "Exit status: 0 when every case passes, 1 when one fails, 2 when the policy or a case cannot be read."
    )

    @Argument(help: "The policy folder (default: $SCREENER_POLICY, else Rules/kien-giang-157).")
    var policy: String?

    @Option(help: "Language of messages: vi or en.")
    var lang: Language = .vi

    @Flag(help: "List every case, not only the failures.")
    var verbose = false

    func run() throws {
        let path = PolicyLoading.path(policy)
        let compiled = try PolicyLoading.compile(path, language: lang)
        let (cases, diagnostics) = PolicyTestLoader.load(policyPath: path, schema: compiled.schema)
        if !diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(language: lang)
            FileHandle.standardError.write(Data((renderer.text(diagnostics) + "\n").utf8))
        }
        let runner = PolicyTestRunner(policy: compiled)
        var passed = 0
        var failed = 0
        for testCase in cases {
            let outcome = runner.run(testCase)
            if outcome.passed {
                passed += 1
                if verbose { print("ok    \(testCase.name)") }
                continue
            }
            failed += 1
            print("FAIL  \(testCase.name)  (\(testCase.location))")
            for failure in outcome.failures { print("      \(failure)") }
            let fired = outcome.result.reasons.map { "\($0.rule) [\($0.effect.rawValue)]" }
            print("      " + (lang == .vi ? "quy tắc đã áp dụng: " : "rules fired: ")
                + (fired.isEmpty ? "-" : fired.joined(separator: ", ")))
            if !outcome.result.missing.isEmpty {
                print("      " + (lang == .vi ? "thiếu: " : "missing: ")
                    + outcome.result.missing.map { "\($0.field) (\($0.rules.joined(separator: ", ")))" }.joined(separator: "; "))
            }
        }
        print("\(passed) passed, \(failed) failed")
        if !diagnostics.isEmpty { throw ExitStatus.badInput }
        if failed > 0 { throw ExitStatus.findings }
    }
}
