import ArgumentParser

/// The `screener` command: screens industrial investment projects against a provincial policy.
@main
struct Screener: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screener",
        abstract: "Screen industrial investment projects against a provincial industrial policy.",
        subcommands: [Eval.self, TestCommand.self, BatchCommand.self, Check.self, Lint.self, Diff.self, Serve.self]
    )
}

/// The process exit codes of SPEC §5.
enum ExitStatus {
    /// Everything went as asked.
    static let success = ExitCode(0)
    /// A verdict at or above `--fail-on`, or lint findings.
    static let findings = ExitCode(1)
    /// Bad input or policy.
    static let badInput = ExitCode(2)
}
