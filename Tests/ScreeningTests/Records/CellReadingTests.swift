import CEL
import Testing
import YAML

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
        ("debt", "8.4"), ("debt", "0.1"), ("debt", "00.10"), ("debt", "5."), ("debt", ".5"), ("debt", "1.2.3"),
        ("debt", "0.000000000000003"), ("debt", "0.0000000000000003"), ("debt", "9.99999999999999"),
        ("share_pct", "99.9999999999999999"), ("debt", "-0"), ("debt", "+1"), ("debt", "1.7976931348623157"),
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

    @Test func decimalCellsReadFromBytesAreTheNumbersOfTheirText() throws {
        let schema = Schema(id: "numbers", fields: [
            FieldSchema(name: "id", kind: .string, isRequired: true), FieldSchema(name: "x", kind: .number),
        ])
        var decoder = TableRowDecoder(schema: schema, header: ["id", "x"], file: "r.csv")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60) + 1
            let point = Int((state >> 40) % 24)
            for index in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                if index == point { text += "." }
                text += String((state >> 32) % 10)
            }
            let record = try decoder.decode(RawRow(number: 2, cells: ["P", text])).get()
            guard case .double(let value)? = record.value("x", in: schema) else {
                Issue.record("\(text) is not a number")
                continue
            }
            #expect(value.bitPattern == DecimalSyntax.value(text)?.bitPattern, "\(text)")
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
