import CEL
import Foundation
import Testing

@testable import Screening

/// Rows read a chunk at a time share one buffer, and read the same as rows read one by one;
/// records decoded over one reused array are the same as records decoded afresh.
struct CSVRowBlockTests {
    static let text = "a,b,c\n1,\"x,y\",z\n\n\"two\nlines\",,3\r\n4,5\n6,7,8,9\n\"open,1,2\n"

    static func describe(_ row: RawRow) -> String {
        "\(row.number) \(row.cells) \(row.problem?.en ?? "-") \(row.problemColumn.map(String.init) ?? "-")"
    }

    @Test func chunksReadTheSameAsSingleRows() {
        var single = CSVReader(text: Self.text)
        var one: [String] = []
        while let row = single.next() { one.append(Self.describe(row)) }
        for limit in [1, 2, 3, 100] {
            var chunked = CSVReader(text: Self.text)
            var rows: [String] = []
            while case let chunk = chunked.nextRows(limit: limit), !chunk.isEmpty {
                #expect(chunk.count <= limit)
                rows += chunk.map(Self.describe)
            }
            #expect(rows == one, "limit \(limit)")
        }
        #expect(one.count == 5)
    }

    @Test func rowsOfABlockCanBeChanged() {
        var reader = CSVReader(text: "a,b\n1,2\n3,4\n")
        var rows = reader.nextRows(limit: 10)
        rows[0].setCell(1, "changed")
        rows[0].padCells(to: 3)
        #expect(rows[0].cells == ["1", "changed", ""])
        #expect(rows[1].cells == ["3", "4"])
    }

    @Test func decodingOverAReusedArrayGivesTheSameRecords() throws {
        let policy = try BatchTesting.policy()
        let path = BatchTesting.packageRoot.appendingPathComponent("Fixtures/registries/kien-giang-sample.csv").path
        var reader = try #require(CSVReader(path: path))
        var fresh = TableRowDecoder(schema: policy.schema, header: reader.header, file: "sample.csv")
        var reusing = fresh
        var storage: [Value?] = []
        var rows = 0
        while let row = reader.next() {
            let expected = fresh.decode(row)
            let got = reusing.decode(row, reusing: &storage)
            switch (expected, got) {
            case (.success(let a), .success(var b)):
                #expect(String(describing: a.values) == String(describing: b.values))
                #expect(a.origin == b.origin)
                swap(&storage, &b.values)
            case (.failure(let a), .failure(let b)):
                #expect(a.diagnostics.map(\.message.en) == b.diagnostics.map(\.message.en))
            default:
                Issue.record("row \(row.number) decodes differently")
            }
            rows += 1
        }
        #expect(rows > 100)
    }
}
