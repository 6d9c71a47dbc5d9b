import CEL
import Diagnostics
import Foundation
import Testing

@testable import Screening

/// The HTML report: counts, self-containment, escaping, balance, bounded rows, languages.
@Suite struct HTMLReportWriterTests {
    /// A writer fed with the sample rows of the statistics tests plus a project whose name is markup.
    static func writer(language: Language = .vi, firstRows: Int = 5_000, rowCap: Int = 20_000) throws -> HTMLReportWriter {
        let policy = try BatchTesting.policy()
        var writer = HTMLReportWriter(
            url: URL(fileURLWithPath: "/dev/null"), policy: policy, language: language,
            registryName: "danh-muc <2024>.csv", firstRows: firstRows, rowCap: rowCap)
        let schema = policy.schema
        let markup = BatchTesting.record(
            ["id": "X-1", "name": "<script>alert(1)</script> & \"Co\"", "district": "Phú Quốc", "vsic": "26100"],
            schema: schema)
        try writer.write(row: 2, record: markup, result: BatchTesting.result(
            "X-1", .reject, rules: ["KG157-PHASEOUT-LIME", "KG157-PRIO-HIGH-TECH"], score: 25, policy: policy))
        for index in 0..<1_203 {
            let record = BatchTesting.record(["id": "R-\(index)", "district": "Rạch Giá", "vsic": "10202"], schema: schema)
            try writer.write(row: index + 3, record: record, result: BatchTesting.result(
                "R-\(index)", index % 3 == 0 ? .needsInfo : .approve,
                missing: index % 3 == 0 ? ["env_group"] : [], undecided: ["KG157-POLLUTION-OUTSIDE-ZONE"],
                policy: policy))
        }
        try writer.write(row: 1_206, record: nil, result: BatchTesting.unreadable(row: 1_206, column: 5, policy: policy))
        return writer
    }

    @Test func pageShowsTheCountsWithThousandsSeparators() throws {
        let html = try Self.writer().html()
        #expect(html.contains("<div class=\"n\">1.205</div>"))
        #expect(html.contains("<div class=\"l\">Cần bổ sung thông tin</div><div class=\"n\">401</div>"))
        #expect(html.contains("<div class=\"l\">Đủ điều kiện</div><div class=\"n\">802</div>"))
        #expect(html.contains("<div class=\"l\">Lỗi dữ liệu</div><div class=\"n\">1</div>"))
        #expect(html.contains("Hiển thị toàn bộ 1.205 dòng."))
        #expect(html.contains("Nhóm dự án theo Luật Bảo vệ môi trường 2020"))
        #expect(html.contains("KG157-PHASEOUT-LIME"))
        #expect(html.contains("<td class=\"num\" data-k=\"1206\">1.206</td>"))
        #expect(html.contains("Cột 5: giá trị không phải là số"))
        #expect(html.contains("<div class=\"n\">1</div><div class=\"p\">0,1% · trong đó 1 dự án không chấp thuận</div>"))
        #expect(html.contains("<td class=\"reason\">Thiếu thông tin để xét: Dự án có nguy cơ cao gây ô nhiễm ngoài KCN, CCN.</td>"))
    }

    @Test func pageIsSelfContained() throws {
        let html = try Self.writer().html()
        #expect(!html.contains("<script src"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(!html.contains("<img"))
    }

    @Test func textIsEscaped() throws {
        let html = try Self.writer().html()
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("danh-muc &lt;2024&gt;.csv"))
        #expect(BatchTesting.occurrences(of: "<script", in: html) == 1)
    }

    @Test func elementsAreBalanced() throws {
        let html = try Self.writer().html()
        for element in ["svg", "table", "section", "tr", "div", "ul", "dl", "main", "header", "footer"] {
            let opened = BatchTesting.occurrences(of: "<\(element) ", in: html)
                + BatchTesting.occurrences(of: "<\(element)>", in: html)
            #expect(opened == BatchTesting.occurrences(of: "</\(element)>", in: html), "<\(element)>")
        }
        #expect(BatchTesting.occurrences(of: "<svg", in: html) >= Verdict.allCases.count)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func tableKeepsTheFirstRowsAndTheOthersUpToTheCap() throws {
        let writer = try Self.writer(firstRows: 10, rowCap: 300)
        #expect(writer.statistics.total == 1_205)
        #expect(writer.rows.count == 300)
        #expect(writer.rows.prefix(10).map(\.row) == Array(2...11))
        #expect(writer.rows.dropFirst(10).allSatisfy { $0.verdict != .approve })
        #expect(writer.html().contains("Hiển thị 300 trên 1.205 dòng: 10 dòng đầu tiên"))
        let uncapped = try Self.writer(firstRows: 10)
        #expect(uncapped.rows.count == 10 + (401 - 3) + 1)
        #expect(uncapped.rows.last?.verdict == .error)
    }

    @Test func englishPage() throws {
        let html = try Self.writer(language: .en).html()
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<div class=\"l\">More information needed</div><div class=\"n\">401</div>"))
        #expect(html.contains("<div class=\"n\">1,205</div>"))
        #expect(html.contains("Column 5: the value is not a number"))
        #expect(html.contains("Rules that never fired"))
    }

    @Test func finishWritesThePage() throws {
        let policy = try BatchTesting.policy()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("screener-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: url) }
        var writer = HTMLReportWriter(url: url, policy: policy, registryName: "r.csv")
        try writer.write(row: 2, record: nil, result: BatchTesting.unreadable(row: 2, column: 1, policy: policy))
        try writer.finish()
        let written = try String(contentsOf: url, encoding: .utf8)
        #expect(written == writer.html())
        #expect(written.contains(policy.identity.digest))
    }
}
