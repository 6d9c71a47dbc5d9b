import CEL
import Diagnostics
import Foundation
import Testing

@testable import Screening

/// The whole page for a tiny fixed batch, compared with `Golden/` (RECORD_GOLDEN=1 re-records).
@Suite struct HTMLReportGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Six rows of a tiny policy: every verdict, a priority, a missing field and a bad row.
    static func page(_ language: Language) throws -> String {
        let policy = try BatchTesting.tinyPolicy()
        var writer = HTMLReportWriter(
            url: URL(fileURLWithPath: "/dev/null"), policy: policy, language: language, registryName: "tiny.csv")
        let schema = policy.schema
        let rows: [([String: String], ScreeningResult)] = [
            (["id": "T-1", "name": "Lò vôi Hòn Chông", "district": "Kiên Lương", "vsic": "23941"],
             BatchTesting.result("T-1", .reject, rules: ["T-ENERGY", "T-ZONE"], policy: policy)),
            (["id": "T-2", "name": "Xay xát lúa <Tân Hiệp>", "district": "Tân Hiệp", "vsic": "10611"],
             BatchTesting.result("T-2", .needsInfo, missing: ["energy"], undecided: ["T-ENERGY"], policy: policy)),
            (["id": "T-3", "name": "Chế biến hải sản", "district": "Rạch Giá", "vsic": "10202"],
             BatchTesting.result("T-3", .review, rules: ["T-ZONE"], policy: policy)),
            (["id": "T-4", "name": "Linh kiện điện tử", "district": "Rạch Giá", "vsic": "26100"],
             BatchTesting.result("T-4", .approve, rules: ["T-HIGH-TECH"], score: 25, policy: policy)),
            (["id": "T-5", "name": "Kho lạnh", "vsic": "5210"],
             BatchTesting.result("T-5", .conditional, policy: policy)),
        ]
        for (index, (fields, result)) in rows.enumerated() {
            try writer.write(row: index + 2, record: BatchTesting.record(fields, schema: schema), result: result)
        }
        try writer.write(row: 7, record: nil, result: BatchTesting.unreadable(row: 7, column: 6, policy: policy))
        return writer.html()
    }

    @Test(arguments: [Language.vi, .en])
    func pageMatchesGolden(_ language: Language) throws {
        let html = try Self.page(language)
        let file = Self.golden.appendingPathComponent("tiny-report-\(language.rawValue).html")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try html.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        guard html != expected else { return }
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        let golden = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(lines, golden).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(lines.count, golden.count)
        let got = line < lines.count ? String(lines[line]) : "(end)"
        let want = line < golden.count ? String(golden[line]) : "(end)"
        Issue.record("\(file.path):\(line + 1): differs (RECORD_GOLDEN=1 re-records)\n got: \(got)\nwant: \(want)")
    }

    @Test func pageIsDeterministic() throws {
        #expect(try Self.page(.vi) == Self.page(.vi))
    }
}
