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
        Measure.screening(policy: policy, records: records, label: "", source: "\(records.count) sample projects")
    }
}
