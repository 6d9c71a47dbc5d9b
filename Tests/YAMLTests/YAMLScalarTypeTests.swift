import Testing
import YAML

@Suite("YAML reader: core schema reads")
struct YAMLScalarTypeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var yaml: String
        var type: YAMLScalarType
        var bool: Bool? = nil
        var int: Int? = nil
        var double: Double? = nil
        var testDescription: String { yaml }
    }

    static let cases: [Case] = [
        Case(yaml: "true", type: .bool, bool: true),
        Case(yaml: "False", type: .bool, bool: false),
        Case(yaml: "TRUE", type: .bool, bool: true),
        Case(yaml: "yes", type: .string),
        Case(yaml: "null", type: .null),
        Case(yaml: "~", type: .null),
        Case(yaml: "", type: .null),
        Case(yaml: "NULL", type: .null),
        Case(yaml: "nil", type: .string),
        Case(yaml: "42", type: .int, int: 42, double: 42),
        Case(yaml: "-7", type: .int, int: -7, double: -7),
        Case(yaml: "+5", type: .int, int: 5, double: 5),
        Case(yaml: "0x1F", type: .int, int: 31, double: 31),
        Case(yaml: "0o17", type: .int, int: 15, double: 15),
        Case(yaml: "0b101", type: .string),
        Case(yaml: "0x", type: .string),
        Case(yaml: "99999999999999999999", type: .int, double: 1e20),
        Case(yaml: "1.5", type: .float, double: 1.5),
        Case(yaml: "-2.5e3", type: .float, double: -2500),
        Case(yaml: ".5", type: .float, double: 0.5),
        Case(yaml: "1.", type: .float, double: 1),
        Case(yaml: "1e3", type: .float, double: 1000),
        Case(yaml: ".inf", type: .float, double: .infinity),
        Case(yaml: "-.Inf", type: .float, double: -.infinity),
        Case(yaml: "1e", type: .string),
        Case(yaml: "12abc", type: .string),
        Case(yaml: "'42'", type: .string),
        Case(yaml: "\"true\"", type: .string),
        Case(yaml: "'null'", type: .string),
        Case(yaml: "!!str 42", type: .string),
        Case(yaml: "!!int \"42\"", type: .int, int: 42, double: 42),
        Case(yaml: "! 42", type: .string),
        Case(yaml: "|\n  42", type: .string),
    ]

    @Test(arguments: cases)
    func readsScalarsByTheCoreSchema(_ testCase: Case) throws {
        let node = try #require(try parseYAML("v: " + testCase.yaml)["v"])
        #expect(node.scalarType == testCase.type)
        #expect(node.bool == testCase.bool)
        #expect(node.int == testCase.int)
        #expect(node.double == testCase.double)
        #expect(node.isNull == (testCase.type == .null))
        #expect((node.string != nil) == (testCase.type == .string))
    }

    @Test func notANumberIsAFloat() throws {
        let node = try #require(try parseYAML("v: .NaN")["v"])
        #expect(node.scalarType == .float)
        #expect(node.double?.isNaN == true)
    }

    @Test func collectionsHaveNoScalarReads() throws {
        let node = try #require(try parseYAML("v: [1]")["v"])
        #expect(node.scalarType == nil)
        #expect(node.scalarValue == nil)
        #expect(node.int == nil)
        #expect(node.mappingEntries == nil)
    }
}
