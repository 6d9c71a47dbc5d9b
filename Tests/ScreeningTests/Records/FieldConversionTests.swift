import CEL
import Diagnostics
import Testing
import YAML

@testable import Screening

@Suite("Records: converting values by field kind")
struct FieldConversionTests {
    struct YAMLCase: Sendable, CustomTestStringConvertible {
        var entry: String
        var field: String
        var expected: String
        var testDescription: String { entry }
    }

    static let yamlCases: [YAMLCase] = [
        // string: the raw text of plain scalars
        YAMLCase(entry: "vsic: 05", field: "vsic", expected: "string(05)"),
        YAMLCase(entry: "vsic: 23942", field: "vsic", expected: "string(23942)"),
        YAMLCase(entry: "vsic: '08101'", field: "vsic", expected: "string(08101)"),
        YAMLCase(entry: "vsic: 1.50", field: "vsic", expected: "string(1.50)"),
        YAMLCase(entry: "vsic: 0x1F", field: "vsic", expected: "string(0x1F)"),
        YAMLCase(entry: "name: true", field: "name", expected: "string(true)"),
        YAMLCase(entry: "name: \"Nhà máy \\u0111\"", field: "name", expected: "string(Nhà máy đ)"),
        YAMLCase(entry: "name: ''", field: "name", expected: "string()"),
        // enum
        YAMLCase(entry: "status: licensed", field: "status", expected: "string(licensed)"),
        YAMLCase(entry: "status: \"operating\"", field: "status", expected: "string(operating)"),
        // number: ints and floats become doubles
        YAMLCase(entry: "share_pct: 12.5", field: "share_pct", expected: "double(12.5)"),
        YAMLCase(entry: "share_pct: 40", field: "share_pct", expected: "double(40.0)"),
        YAMLCase(entry: "share_pct: 0", field: "share_pct", expected: "double(0.0)"),
        YAMLCase(entry: "share_pct: 100", field: "share_pct", expected: "double(100.0)"),
        YAMLCase(entry: "share_pct: 1e1", field: "share_pct", expected: "double(10.0)"),
        YAMLCase(entry: "debt: -3", field: "debt", expected: "double(-3.0)"),
        // integer: ints, and floats with no fraction
        YAMLCase(entry: "labour: 1200", field: "labour", expected: "int(1200)"),
        YAMLCase(entry: "labour: 1200.0", field: "labour", expected: "int(1200)"),
        YAMLCase(entry: "labour: 1.2e3", field: "labour", expected: "int(1200)"),
        YAMLCase(entry: "labour: 0", field: "labour", expected: "int(0)"),
        // bool: YAML booleans and the accepted spellings
        YAMLCase(entry: "in_plan: true", field: "in_plan", expected: "bool(true)"),
        YAMLCase(entry: "in_plan: False", field: "in_plan", expected: "bool(false)"),
        YAMLCase(entry: "in_plan: yes", field: "in_plan", expected: "bool(true)"),
        YAMLCase(entry: "in_plan: No", field: "in_plan", expected: "bool(false)"),
        YAMLCase(entry: "in_plan: 1", field: "in_plan", expected: "bool(true)"),
        YAMLCase(entry: "in_plan: 0", field: "in_plan", expected: "bool(false)"),
        YAMLCase(entry: "in_plan: có", field: "in_plan", expected: "bool(true)"),
        YAMLCase(entry: "in_plan: KHÔNG", field: "in_plan", expected: "bool(false)"),
        YAMLCase(entry: "in_plan: 'true'", field: "in_plan", expected: "bool(true)"),
        // list: sequences, or text split on `;`
        YAMLCase(entry: "products: [lime, cement]", field: "products", expected: "list(string(lime),string(cement))"),
        YAMLCase(entry: "products:\n  - cement\n  - lime", field: "products", expected: "list(string(cement),string(lime))"),
        YAMLCase(entry: "products: []", field: "products", expected: "list()"),
        YAMLCase(entry: "products: lime; cement", field: "products", expected: "list(string(lime),string(cement))"),
        YAMLCase(entry: "products: ' lime ;; cement ; '", field: "products", expected: "list(string(lime),string(cement))"),
        YAMLCase(entry: "products: ';'", field: "products", expected: "list()"),
        YAMLCase(entry: "tags: [anything, 42, 'x y']", field: "tags", expected: "list(string(anything),string(42),string(x y))"),
        // missing: null, ~, nothing
        YAMLCase(entry: "share_pct: ~", field: "share_pct", expected: "nil"),
        YAMLCase(entry: "labour: null", field: "labour", expected: "nil"),
        YAMLCase(entry: "status:", field: "status", expected: "nil"),
        YAMLCase(entry: "products: ~", field: "products", expected: "nil"),
        YAMLCase(entry: "name: !!null ''", field: "name", expected: "nil"),
    ]

    @Test(arguments: yamlCases)
    func convertsYAMLValues(_ testCase: YAMLCase) throws {
        let result = try RecordTesting.decode("id: P-1\n" + testCase.entry)
        let record = try result.get()
        #expect(RecordTesting.describe(record.value(testCase.field, in: RecordTesting.schema)) == testCase.expected)
        #expect(record.id(in: RecordTesting.schema) == "P-1")
        #expect(record.origin == "p.yaml")
    }

    struct TextCase: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var field: String
        var expected: String
        var testDescription: String { "\(name)=\(text)" }
    }

    static let textCases: [TextCase] = [
        TextCase(name: "vsic", text: "05", field: "vsic", expected: "string(05)"),
        TextCase(name: "name", text: "  Nhà máy  ", field: "name", expected: "string(Nhà máy)"),
        TextCase(name: "status", text: "proposed", field: "status", expected: "string(proposed)"),
        TextCase(name: "share_pct", text: "12.5", field: "share_pct", expected: "double(12.5)"),
        TextCase(name: "share_pct", text: " 7 ", field: "share_pct", expected: "double(7.0)"),
        TextCase(name: "share_pct", text: ".5", field: "share_pct", expected: "double(0.5)"),
        TextCase(name: "share_pct", text: "1E+1", field: "share_pct", expected: "double(10.0)"),
        TextCase(name: "labour", text: "1200", field: "labour", expected: "int(1200)"),
        TextCase(name: "labour", text: "+5", field: "labour", expected: "int(5)"),
        TextCase(name: "labour", text: "1200.0", field: "labour", expected: "int(1200)"),
        TextCase(name: "labour", text: "9223372036854775807", field: "labour", expected: "int(9223372036854775807)"),
        TextCase(name: "in_plan", text: "true", field: "in_plan", expected: "bool(true)"),
        TextCase(name: "in_plan", text: "FALSE", field: "in_plan", expected: "bool(false)"),
        TextCase(name: "in_plan", text: "Yes", field: "in_plan", expected: "bool(true)"),
        TextCase(name: "in_plan", text: "no", field: "in_plan", expected: "bool(false)"),
        TextCase(name: "in_plan", text: "1", field: "in_plan", expected: "bool(true)"),
        TextCase(name: "in_plan", text: "0", field: "in_plan", expected: "bool(false)"),
        TextCase(name: "in_plan", text: "Có", field: "in_plan", expected: "bool(true)"),
        TextCase(name: "in_plan", text: "không", field: "in_plan", expected: "bool(false)"),
        // `có` spelled with a combining accent (NFD) is the same word.
        TextCase(name: "in_plan", text: "co\u{301}", field: "in_plan", expected: "bool(true)"),
        TextCase(name: "products", text: "lime;cement", field: "products", expected: "list(string(lime),string(cement))"),
        TextCase(name: "products", text: " lime ; ;cement;", field: "products", expected: "list(string(lime),string(cement))"),
        TextCase(name: "tags", text: "a b;c", field: "tags", expected: "list(string(a b),string(c))"),
        TextCase(name: "share_pct", text: "", field: "share_pct", expected: "nil"),
        TextCase(name: "products", text: "   ", field: "products", expected: "nil"),
        TextCase(name: "name", text: "", field: "name", expected: "nil"),
        // Headers may be labels, in either language and any case.
        TextCase(name: "Tỷ lệ sở hữu", text: "3", field: "share_pct", expected: "double(3.0)"),
        TextCase(name: "foreign share", text: "4", field: "share_pct", expected: "double(4.0)"),
    ]

    @Test(arguments: textCases)
    func convertsTextCells(_ testCase: TextCase) throws {
        let result = RecordDecoder(schema: RecordTesting.schema).record(
            fromText: [("id", "P-1", nil), (testCase.name, testCase.text, nil)], origin: "r.csv:2")
        let record = try result.get()
        #expect(RecordTesting.describe(record.value(testCase.field, in: RecordTesting.schema)) == testCase.expected)
        #expect(record.origin == "r.csv:2")
        // A registry row reads the cell from its bytes and must give the same value.
        var decoder = TableRowDecoder(schema: RecordTesting.schema, header: ["id", testCase.name], file: "r.csv")
        let row = try decoder.decode(RawRow(number: 2, cells: ["P-1", testCase.text])).get()
        #expect(RecordTesting.describe(row.value(testCase.field, in: RecordTesting.schema)) == testCase.expected)
    }

    @Test func absentFieldsStayMissingWithoutDefaults() throws {
        var fields = RecordTesting.schema.fields
        fields[7].defaultValue = .bool(false)
        let schema = Schema(id: "defaults", fields: fields)
        let record = try RecordTesting.decode("id: P-1", schema: schema).get()
        #expect(record.values.count == schema.fields.count)
        #expect(record.values.dropFirst().allSatisfy { $0 == nil })
    }

    @Test func bothPathsAgree() throws {
        let yaml = try RecordTesting.decode(
            "{id: P-1, vsic: '05', status: licensed, share_pct: 12.5, labour: 40, in_plan: có, products: lime;cement}"
        ).get()
        let text = try RecordDecoder(schema: RecordTesting.schema).record(
            fromText: [
                ("id", "P-1", nil), ("vsic", "05", nil), ("status", "licensed", nil), ("share_pct", "12.5", nil),
                ("labour", "40", nil), ("in_plan", "có", nil), ("products", "lime;cement", nil),
            ], origin: "row"
        ).get()
        #expect(yaml.values.map { RecordTesting.describe($0) } == text.values.map { RecordTesting.describe($0) })
    }
}
