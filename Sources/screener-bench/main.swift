import Foundation

/// `swift run -c release screener-bench [all|cel|screening|batch|instructions] [--rows N]`: throughput
/// figures, printed. `batch` needs the release `registry-gen` and `screener` next to it.
let arguments = Array(CommandLine.arguments.dropFirst())
let which = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "all"
let rows = arguments.firstIndex(of: "--rows").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
    ?? 1_000_000
let binaries = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
print("screener-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores present")
if which == "all" || which == "cel" {
    print("-- CEL evaluation, one core")
    CELBenchmarks.run()
}
if which == "all" || which == "screening" {
    print("-- screening with the shipped policy (Rules/kien-giang-157), one core")
    ScreeningBenchmarks.run(policyPath: "Rules/kien-giang-157", projectsFolder: "Fixtures/projects")
    BatchBenchmarks.inMemory(policyPath: "Rules/kien-giang-157", registry: "Fixtures/registries/kien-giang-sample.csv")
}
if which == "instructions" {
    BatchBenchmarks.fixedPasses(policyPath: "Rules/kien-giang-157", registry: "Fixtures/registries/kien-giang-sample.csv")
}
if which == "decode-instructions" { DecodeBenchmarks.fixedPasses(policyPath: "Rules/kien-giang-157", registry: "Fixtures/registries/kien-giang-sample.csv") }
if which == "pipeline-instructions" { PipelineBenchmarks.fixedPass(policyPath: "Rules/kien-giang-157", arguments: arguments) }
if which == "all" || which == "batch" {
    print("-- screener batch end to end, all cores")
    BatchBenchmarks.endToEnd(rows: rows, binaries: binaries)
}
