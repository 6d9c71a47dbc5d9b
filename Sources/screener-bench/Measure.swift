import Diagnostics
import Foundation
import Screening

/// Timing helpers: repeat a body until enough time has passed, print aligned figures.
enum Measure {
    /// Runs `body` until about half a second has passed; nanoseconds per call and the last result.
    static func nanoseconds<T>(_ body: () -> T) -> (Double, T) {
        var last = body()
        var iterations = 100
        while true {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<iterations { last = body() }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
            if elapsed > 5e8 { return (elapsed / Double(iterations), last) }
            iterations *= 4
        }
    }

    /// Prints `name  figure unit  -> detail` in aligned columns.
    static func report(_ name: String, _ figure: Double, unit: String, detail: String = "") {
        let padded = name.padding(toLength: 40, withPad: " ", startingAt: 0)
        let number = String(format: "%12.1f", figure)
        print("\(padded) \(number) \(unit)" + (detail.isEmpty ? "" : "  -> \(detail)"))
    }

    /// Screens `records` in turn on one core, with full explanations in Vietnamese, then again
    /// with each result written as JSON; prints both figures.
    static func screening(policy: CompiledPolicy, records: [ProjectRecord], label: String, source: String) {
        let activation = policy.makeActivation()
        var index = 0
        let (ns, _) = nanoseconds { () -> Int in
            index = (index + 1) % records.count
            return policy.screen(records[index], using: activation, languages: [.vi]).reasons.count
        }
        report("screen, full explanations" + label, ns, unit: "ns/project",
               detail: String(format: "%.0f projects/s on one core, ", 1e9 / ns) + source)
        var writer = JSONWriter()
        let fragments = JSONFragments(policy: policy, language: .vi)
        let (jsonNs, _) = nanoseconds { () -> Int in
            index = (index + 1) % records.count
            writer.removeAll()
            JSONReport.write(policy.screen(records[index], using: activation, languages: [.vi]), language: .vi,
                             into: &writer, fragments: fragments)
            return writer.count
        }
        report("screen + JSON result" + label, jsonNs, unit: "ns/project",
               detail: String(format: "%.0f projects/s on one core", 1e9 / jsonNs))
        var outcome = ScreeningOutcome()
        let (outcomeNs, _) = nanoseconds { () -> Int in
            index = (index + 1) % records.count
            policy.evaluate(records[index], using: activation, into: &outcome)
            return outcome.fired.count
        }
        report("screen to outcome, no text" + label, outcomeNs, unit: "ns/project",
               detail: String(format: "%.0f projects/s on one core (verdict, rules, missing fields)", 1e9 / outcomeNs))
        let (batchNs, _) = nanoseconds { () -> Int in
            index = (index + 1) % records.count
            writer.removeAll()
            let summary = BatchBenchmarks.screenAsBatch(records[index], policy, activation, &outcome, fragments, &writer)
            return writer.count + summary.score
        }
        report("screen + JSON line, as batch" + label, batchNs, unit: "ns/project",
               detail: String(format: "%.0f projects/s on one core", 1e9 / batchNs))
    }
}
