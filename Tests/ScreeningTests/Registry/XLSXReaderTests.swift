import Diagnostics
import Foundation
import Screening
import Testing

/// Reading Excel workbooks: round trips through `XLSXWriter`, the committed sample registry,
/// sheet selection, and files that are not workbooks.
@Suite struct XLSXReaderTests {
    static let registries = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/registries")

    @Test func writtenWorkbookReadsBack() throws {
        let url = Self.scratchURL("round-trip.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(url: url)
        try writer.addSheet(named: "Dự án")
        try writer.appendRow(["id", "name", "capital_billion_vnd", "high_tech", "note"].map { .text($0) })
        try writer.appendRow([
            .text("KG-2024-001"), .text("Nhà máy \"Sao Biển\" & <Tắc Cậu> 'ưu tiên'"), .number(1500), .bool(true),
            .text("  giữ khoảng trắng  "),
        ])
        try writer.appendRow([.text("08101"), .empty, .number(0.55), .bool(false)])
        try writer.appendRow([
            .text("KG-2024-003"), .text("dòng 1\ndòng 2\r\nCRLF\ttab"), .number(-2.5e-7), .empty,
            .text("_x0041_ \u{1} ✓ 🏭"),
        ])
        try writer.appendRow([.empty, .empty, .empty, .empty, .text("chỉ cột E")])
        try writer.close()

        var reader = try XLSXReader(url: url)
        #expect(reader.sheetName == "Dự án")
        #expect(reader.header == ["id", "name", "capital_billion_vnd", "high_tech", "note"])
        let rows = Self.readAll(&reader)
        #expect(rows.map(\.number) == [2, 3, 4, 5])
        #expect(rows.allSatisfy { $0.problem == nil })
        #expect(rows.map(\.cells) == [
            ["KG-2024-001", "Nhà máy \"Sao Biển\" & <Tắc Cậu> 'ưu tiên'", "1500", "true", "  giữ khoảng trắng  "],
            ["08101", "", "0.55", "false", ""],
            ["KG-2024-003", "dòng 1\ndòng 2\r\nCRLF\ttab", "-2.5e-07", "", "_x0041_ \u{1} ✓ 🏭"],
            ["", "", "", "", "chỉ cột E"],
        ])
    }

    @Test func cellTextIsWhatTheReaderGivesBack() {
        #expect(XLSXWriter.Cell.number(45292).text == "45292")
        #expect(XLSXWriter.Cell.number(2.5).text == "2.5")
        #expect(XLSXWriter.Cell.number(-0.0).text == "0")
        #expect(XLSXWriter.Cell.number(1e20).text == "1e+20")
        #expect(XLSXWriter.Cell.bool(true).text == "true")
        #expect(XLSXWriter.Cell.empty.text == "")
    }

    @Test func committedSampleWorkbookHoldsTheRowsOfTheSampleCSV() throws {
        var csv = try #require(CSVReader(path: Self.registries.appendingPathComponent("kien-giang-sample.csv").path))
        var reader = try XLSXReader(url: Self.registries.appendingPathComponent("kien-giang-sample.xlsx"))
        #expect(reader.header == csv.header)
        #expect(reader.header.count == 41)
        var count = 0
        while let expected = csv.next() {
            let next = reader.next()
            let row = try #require(next, "row \(expected.number)")
            #expect(row.problem == nil)
            #expect(row.number == expected.number)
            #expect(row.cells == expected.cells, "row \(row.number)")
            count += 1
        }
        let extra = reader.next()
        #expect(extra == nil)
        #expect(count == 1000)
    }

    @Test func workbookWrittenByLibreOfficeIsRead() throws {
        // Shared strings, booleans, a date (stored as its serial number), a number in
        // exponent form, text that looks like a number, and an empty row that is left out.
        var reader = try XLSXReader(url: Self.registries.appendingPathComponent("libreoffice-types.xlsx"))
        #expect(reader.header == ["id", "name", "capital_billion_vnd", "labour", "high_tech", "received", "vsic"])
        let rows = Self.readAll(&reader)
        #expect(rows.map(\.number) == [2, 3, 5])
        #expect(rows.allSatisfy { $0.problem == nil })
        #expect(rows.map(\.cells) == [
            ["KG-2024-001", "Nhà máy \"Sao Biển\", Tắc Cậu & <KCN>", "450.5", "1100", "true", "45363", "10202"],
            ["KG-2024-002", "Mỏ đá vôi Hòn Chông", "95", "", "false", "45292", "08101"],
            ["KG-2024-004", "  Lò vôi  ", "1E-006", "30", "", "61", "23942"],
        ])
    }

    @Test func sheetIsChosenByNameIgnoringCase() throws {
        let url = Self.scratchURL("two-sheets.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(url: url)
        try writer.addSheet(named: "Tóm tắt")
        try writer.appendRow([.text("tổng"), .number(2)])
        try writer.addSheet(named: "Dự án 2024")
        try writer.appendRow([.text("id"), .text("labour")])
        try writer.appendRow([.text("KG-1"), .number(120)])
        try writer.close()

        let first = try XLSXReader(url: url)
        #expect(first.sheetName == "Tóm tắt")
        #expect(first.header == ["tổng", "2"])
        #expect(first.sheetNames == ["Tóm tắt", "Dự án 2024"])

        var named = try XLSXReader(url: url, sheet: "dự án 2024")
        #expect(named.sheetName == "Dự án 2024")
        #expect(named.header == ["id", "labour"])
        #expect(Self.readAll(&named).map(\.cells) == [["KG-1", "120"]])
    }

    @Test func missingSheetIsAnErrorNamingTheSheets() throws {
        let url = Self.scratchURL("one-sheet.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(url: url)
        try writer.addSheet(named: "Dự án")
        try writer.appendRow([.text("id")])
        try writer.close()

        let diagnostic = try #require(Self.failure { try XLSXReader(url: url, sheet: "Du an") })
        #expect(diagnostic.code == "registry.xlsx")
        #expect(diagnostic.message.en.contains("`Du an`"))
        #expect(diagnostic.message.en.contains("`Dự án`"))
        #expect(diagnostic.message.vi.contains("trang tính"))
        #expect(diagnostic.location?.file == url.path)
    }

    @Test func filesThatAreNotWorkbooksAreErrors() throws {
        let random = Self.scratchURL("random.xlsx")
        let empty = Self.scratchURL("empty.xlsx")
        let csv = Self.scratchURL("registry.xlsx")
        defer { for url in [random, empty, csv] { try? FileManager.default.removeItem(at: url) } }
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: random)
        try Data().write(to: empty)
        try Data("id,name\nKG-1,Nhà máy\n".utf8).write(to: csv)
        for url in [random, empty, csv] {
            let diagnostic = try #require(Self.failure { try XLSXReader(url: url) }, "\(url.lastPathComponent)")
            #expect(diagnostic.code == "registry.xlsx")
            #expect(diagnostic.message.en.contains("not an Excel .xlsx workbook"))
        }
        let missing = try #require(Self.failure { try XLSXReader(path: "/nonexistent/registry.xlsx") })
        #expect(missing.message.en.contains("not found"))
    }

    @Test func truncatedOrDamagedWorkbooksFailWithoutCrashing() throws {
        let sample = try Data(contentsOf: Self.registries.appendingPathComponent("kien-giang-sample.xlsx"))
        let url = Self.scratchURL("damaged.xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        for length in [10, 100, sample.count / 2, sample.count - 30] {
            try sample.prefix(length).write(to: url)
            #expect(Self.failure { try XLSXReader(url: url) }?.code == "registry.xlsx", "first \(length) bytes")
        }
        // Bytes flipped inside the compressed sheet: an error, or rows that report problems.
        for offset in stride(from: 2000, to: sample.count - 2000, by: 24_989) {
            var damaged = sample
            damaged[offset] ^= 0x5A
            try damaged.write(to: url)
            do {
                var reader = try XLSXReader(url: url)
                _ = Self.readAll(&reader)
            } catch {
                #expect(error.code == "registry.xlsx")
            }
        }
    }

    // MARK: Helpers

    static func scratchURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-tests-\(UUID().uuidString)-\(name)")
    }

    static func readAll(_ reader: inout XLSXReader) -> [RawRow] {
        var rows: [RawRow] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    /// The diagnostic that `body` throws, or nil when it throws none.
    static func failure(_ body: () throws -> XLSXReader) -> Diagnostic? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? Diagnostic
        }
    }
}
