import Diagnostics
import Foundation
import Screening
import YAML

/// Screening throughput of the shipped policy on one core, records already in memory.
enum ScreeningBenchmarks {
    static func run(policyPath: String, projectsFolder: String) {
        guard case .success(let policy) = CompiledPolicy.load(path: policyPath) else {
            print("screening: cannot load \(policyPath)")
            return
        }
        let decoder = RecordDecoder(schema: policy.schema)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: projectsFolder)) ?? [])
            .filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && $0 != "expected.yaml" }.sorted()
        var records: [ProjectRecord] = []
        for name in names {
            if case .success(let decoded) = decoder.readProjects(atPath: projectsFolder + "/" + name) {
                records += decoded
            }
        }
        guard !records.isEmpty else {
            print("screening: no projects in \(projectsFolder)")
            return
        }
        let activation = policy.makeActivation()
        var index = 0
        let (ns, _) = Measure.nanoseconds { () -> Int in
            index = (index + 1) % records.count
            return policy.screen(records[index], using: activation, languages: [.vi]).reasons.count
        }
        Measure.report("screen one project, full explanations", ns, unit: "ns/project",
                       detail: String(format: "%.0f projects/s on one core (%d sample projects)", 1e9 / ns, records.count))
        var jsonIndex = 0
        var writer = JSONWriter()
        let fragments = JSONFragments(policy: policy, language: .vi)
        let (jsonNs, _) = Measure.nanoseconds { () -> Int in
            jsonIndex = (jsonIndex + 1) % records.count
            writer.removeAll()
            JSONReport.write(policy.screen(records[jsonIndex], using: activation, languages: [.vi]), language: .vi, into: &writer, fragments: fragments)
            return writer.bytes.count
        }
        Measure.report("screen + JSON result", jsonNs, unit: "ns/project",
                       detail: String(format: "%.0f projects/s on one core", 1e9 / jsonNs))
    }
}
