import Foundation
import Testing

@testable import Screening

@Suite("Registry: CSV rows, quoting, problems and blocks")
struct CSVReaderTests {
    /// Every row of `text`: its number, cells, problem (English) and problem column.
    static func rows(_ reader: inout CSVReader) -> [String] {
        var rows: [String] = []
        while let row = reader.next() {
            let cells = row.cells.map { $0.replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "\r", with: "␍") }
            rows.append("\(row.number) \(cells) \(row.problem?.en ?? "-") \(row.problemColumn.map(String.init) ?? "-")")
        }
        return rows
    }

    static func rows(_ text: String) -> (header: [String], rows: [String]) {
        var reader = CSVReader(text: text)
        return (reader.header, rows(&reader))
    }

    @Test func readsQuotedCellsAndCountsLines() {
        let read = Self.rows("a,b,c\n1,\"x,y\",\"say \"\"hi\"\"\"\n\"two\nlines\",,3\r\n4,5,6")
        #expect(read.header == ["a", "b", "c"])
        #expect(read.rows == [
            "2 [\"1\", \"x,y\", \"say \\\"hi\\\"\"] - -",
            "3 [\"two⏎lines\", \"\", \"3\"] - -",
            "5 [\"4\", \"5\", \"6\"] - -",
        ])
    }

    @Test func reportsQuotingAndCellCountProblems() {
        let read = Self.rows("a,b,c\n1,x\"y,3\n1,\"x\"y,3\n1,2\n1,2,3,4\n1,2,\"open\n5,6,7")
        #expect(read.rows == [
            "2 [\"1\", \"x\\\"y\", \"3\"] misplaced quote `\"` in a cell 2",
            "3 [\"1\", \"xy\", \"3\"] misplaced quote `\"` in a cell 2",
            "4 [\"1\", \"2\"] row has 2 cells, fewer than the header's 3 columns 3",
            "5 [\"1\", \"2\", \"3\", \"4\"] row has 4 cells, more than the header's 3 columns 4",
            "6 [\"1\", \"2\", \"open⏎5,6,7\"] unclosed quote `\"` 3",
        ])
    }

    @Test func skipsEmptyLinesAndReadsEveryLineBreak() {
        let read = Self.rows("\u{FEFF}a;b\r\r\n1;2\r\n\n3;\"\"\r4;5")
        #expect(read.header == ["a", "b"])
        #expect(read.rows == ["3 [\"1\", \"2\"] - -", "5 [\"3\", \"\"] - -", "6 [\"4\", \"5\"] - -"])
    }

    @Test func aFileReadInSmallBlocksGivesTheSameRows() throws {
        let sample = try String(contentsOf: RecordTesting.packageRoot.appendingPathComponent(
            "Fixtures/registries/kien-giang-sample.csv"), encoding: .utf8)
        let text = "\u{FEFF}a,b,c\r\n\"q\"\"\r\nq\",2,3\r" + String(sample.prefix(3000))
            + "\n1,\"x\"y,3\n\n\"\",\"\"\"\",\"end\r"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-blocks-\(UUID()).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = Self.rows(text)
        // The byte-order mark and the separator are looked for in the first block alone.
        for blockSize in [3, 4, 5, 8, 13, 64, 1000] {
            var reader = try #require(CSVReader(path: path, blockSize: blockSize))
            #expect(reader.header == expected.header)
            #expect(Self.rows(&reader) == expected.rows, "block size \(blockSize)")
            #expect(reader.bytesRead == text.utf8.count)
        }
    }
}
