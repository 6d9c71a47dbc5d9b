import Foundation

/// `swift run -c release screener-bench [all|cel|screening]`: throughput figures, printed.
let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first ?? "all"
print("screener-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores present; single-core figures")
if which == "all" || which == "cel" {
    print("-- CEL evaluation")
    CELBenchmarks.run()
}
if which == "all" || which == "screening" {
    print("-- screening with the shipped policy (Rules/kien-giang-157)")
    ScreeningBenchmarks.run(policyPath: "Rules/kien-giang-157", projectsFolder: "Fixtures/projects")
}
