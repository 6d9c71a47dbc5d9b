import Testing

@testable import Screening

@Suite("Records: table cells read from bytes as from text")
struct CellReadingTests {
    static let cells: [(field: String, text: String)] = [
        ("products", "lime;cement"), ("products", " lime ; cement;"), ("products", ";"), ("products", "lime;;"),
        ("products", "lime; \u{0C}cement"), ("products", "lime;\u{301}cement"), ("products", "lime\u{37E}cement"),
        ("products", "lime;\u{A0}cement"), ("products", "lime;chalk"), ("products", "Lime"), ("products", "li\u{301}me"),
        ("tags", "a; b ;c"), ("tags", "ví dụ;x"), ("tags", "x;\u{301}y"), ("tags", "x\u{37E}y"), ("tags", "\t;\t"),
        ("in_plan", "true"), ("in_plan", "không"), ("in_plan", "YES"), ("in_plan", "2"),
        ("status", "licensed"), ("status", "closed"), ("labour", "-0"), ("labour", "12.0"), ("labour", "-5"),
        ("share_pct", "100"), ("share_pct", "1e2"), ("share_pct", "101"), ("debt", "1,5"), ("name", "Tên"),
    ]

    @Test func cellsReadFromBytesMatchTheGeneralRoute() {
        for cell in Self.cells {
            var conversion = FieldConversion(field: RecordTesting.schema.fields[RecordTesting.schema.index[cell.field] ?? 0])
            let general = conversion.convert(.text(CellText.trimmed(cell.text)))
            let problems = conversion.problems.map { "\($0.code) \($0.message.en)" }
            var decoder = TableRowDecoder(schema: RecordTesting.schema, header: ["id", cell.field], file: "r.csv")
            switch decoder.decode(RawRow(number: 2, cells: ["P-1", cell.text])) {
            case .success(let record):
                #expect(problems.isEmpty, "\(cell)")
                #expect(RecordTesting.describe(record.value(cell.field, in: RecordTesting.schema))
                    == RecordTesting.describe(general), "\(cell)")
                #expect(record.origin == "r.csv:2")
            case .failure(let failure):
                #expect(failure.diagnostics.map { "\($0.code) \($0.message.en)" } == problems, "\(cell)")
                #expect(failure.diagnostics.allSatisfy { $0.location?.column == 2 && $0.location?.line == 2 })
            }
        }
    }

    @Test func aRecordsOriginCanBeReplaced() throws {
        var decoder = TableRowDecoder(schema: RecordTesting.schema, header: ["id"], file: "r.csv")
        var record = try decoder.decode(RawRow(number: 7, cells: ["P-1"])).get()
        #expect(record.origin == "r.csv:7")
        record.origin = "elsewhere"
        #expect(record.origin == "elsewhere")
    }
}
