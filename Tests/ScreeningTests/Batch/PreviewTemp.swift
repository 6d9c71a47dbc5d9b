import Foundation
import Testing
@testable import Screening

@Suite struct PreviewTemp {
    @Test func preview() throws {
        guard ProcessInfo.processInfo.environment["PREVIEW_HTML"] == "1" else { return }
        let policy = try BatchTesting.policy()
        let folder = BatchTesting.packageRoot.appendingPathComponent("Fixtures/projects")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("expected") }.sorted()
        var writer = HTMLReportWriter(url: URL(fileURLWithPath: "/tmp/preview.html"), policy: policy, registryName: "Fixtures/projects")
        var row = 2
        for file in files {
            switch RecordDecoder(schema: policy.schema).readProjects(atPath: folder.appendingPathComponent(file).path) {
            case .success(let records):
                for record in records { try writer.write(row: row, record: record, result: policy.screen(record)); row += 1 }
            case .failure(let failure):
                try writer.write(row: row, record: nil, result: .unreadable(id: file, problems: failure.diagnostics, policy: policy.identity)); row += 1
            }
        }
        try writer.finish()
        print(writer.statistics.summary(language: .vi, elapsed: .milliseconds(1234)))
    }
}

@Suite struct PerfTemp {
    @Test func big() throws {
        guard ProcessInfo.processInfo.environment["PERF_HTML"] == "1" else { return }
        let policy = try BatchTesting.policy()
        var writer = HTMLReportWriter(url: URL(fileURLWithPath: "/tmp/big.html"), policy: policy, registryName: "big")
        let verdicts: [Verdict] = [.approve, .approve, .approve, .reject, .needsInfo, .review, .conditional]
        let start = ContinuousClock.now
        for i in 0..<300_000 {
            let record = BatchTesting.record(["id": "B-\(i)", "name": "Dự án \(i)", "district": "Huyện \(i % 17)", "vsic": "\(10 + i % 23)123"], schema: policy.schema)
            let v = verdicts[i % verdicts.count]
            let result = BatchTesting.result("B-\(i)", v, rules: v == .approve ? [] : ["KG157-ENERGY-NORM"], missing: v == .needsInfo ? ["env_group"] : [], score: i % 50, policy: policy)
            try writer.write(row: i + 2, record: record, result: result)
        }
        let mid = ContinuousClock.now
        try writer.finish()
        print("write", mid - start, "finish", ContinuousClock.now - mid, writer.statistics.summary(language: .vi, elapsed: ContinuousClock.now - start))
    }
}
