import Testing

@testable import CEL

@Suite("Conversions")
struct ConversionsTests {
    static let intCases: [Case] = [
        Case("int", [.uint(42)], .int(42)),
        Case("int", [.uint(9_223_372_036_854_775_807)], .int(Int64.max)),
        Case("int", [.uint(UInt64.max)], nil),
        Case("int", [.double(-123.456)], .int(-123)),
        Case("int", [.double(1.9)], .int(1)),
        Case("int", [.double(-7.9)], .int(-7)),
        Case("int", [.double(9_223_372_036_854_775_807.0)], nil),
        Case("int", [.double(-9_223_372_036_854_775_808.0)], nil),
        Case("int", [.double(-9_223_372_036_854_774_784.0)], .int(-9_223_372_036_854_774_784)),
        Case("int", [.double(1e99)], nil),
        Case("int", [.double(.nan)], nil),
        Case("int", [.double(.infinity)], nil),
        Case("int", [.double(-.infinity)], nil),
        Case("int", [.string("987")], .int(987)),
        Case("int", [.string("-9223372036854775808")], .int(Int64.min)),
        Case("int", [.string("+5")], .int(5)),
        Case("int", [.string("9223372036854775808")], nil),
        Case("int", [.string("")], nil),
        Case("int", [.string(" 1")], nil),
        Case("int", [.string("0x10")], nil),
        Case("int", [.string("1.5")], nil),
        Case("int", [.bool(true)], nil),
        Case("int", [.null], nil),
    ]

    @Test("int()", arguments: intCases)
    func int(_ row: Case) { row.check() }

    static let uintCases: [Case] = [
        Case("uint", [.int(1729)], .uint(1729)),
        Case("uint", [.int(-1)], nil),
        Case("uint", [.int(Int64.min)], nil),
        Case("uint", [.double(3.14159265)], .uint(3)),
        Case("uint", [.double(25.5)], .uint(25)),
        Case("uint", [.double(-0.0)], .uint(0)),
        Case("uint", [.double(-0.5)], nil),
        Case("uint", [.double(6.022e23)], nil),
        Case("uint", [.double(18_446_744_073_709_551_616.0)], nil),
        Case("uint", [.double(.nan)], nil),
        Case("uint", [.string("300")], .uint(300)),
        Case("uint", [.string("18446744073709551615")], .uint(UInt64.max)),
        Case("uint", [.string("18446744073709551616")], nil),
        Case("uint", [.string("+1")], nil),
        Case("uint", [.string("-1")], nil),
        Case("uint", [.string("")], nil),
    ]

    @Test("uint()", arguments: uintCases)
    func uint(_ row: Case) { row.check() }

    static let doubleCases: [Case] = [
        Case("double", [.int(Int64.max)], .double(9.223372036854776e18)),
        Case("double", [.uint(UInt64.max)], .double(1.8446744073709552e19)),
        Case("double", [.string("-0.0")], .double(-0.0)),
        Case("double", [.string("6.02214e23")], .double(6.02214e23)),
        Case("double", [.string("-5.43e-21")], .double(-5.43e-21)),
        Case("double", [.string("NaN")], .double(.nan)),
        Case("double", [.string("Infinity")], .double(.infinity)),
        Case("double", [.string("-Infinity")], .double(-.infinity)),
        Case("double", [.string("-inf")], .double(-.infinity)),
        Case("double", [.string(".5")], .double(0.5)),
        Case("double", [.string("1e400")], nil),
        Case("double", [.string("")], nil),
        Case("double", [.string(" 1")], nil),
        Case("double", [.string("1_0")], nil),
        Case("double", [.string("nan(0x1)")], nil),
        Case("double", [.string("abc")], nil),
        Case("double", [.bool(false)], nil),
    ]

    @Test("double()", arguments: doubleCases)
    func double(_ row: Case) { row.check() }

    static let stringCases: [Case] = [
        Case("string", [.int(-456)], .string("-456")),
        Case("string", [.uint(9876)], .string("9876")),
        Case("string", [.double(123.456)], .string("123.456")),
        Case("string", [.double(-4.5e-3)], .string("-0.0045")),
        Case("string", [.bool(true)], .string("true")),
        Case("string", [.bytes([0xC3, 0xBF])], .string("\u{FF}")),
        Case("string", [.bytes([0x00, 0xFF])], nil),
        Case("string", [.bytes([0xED, 0xA0, 0x80])], nil),
        Case("string", [.bytes([0xC0, 0x80])], nil),
        Case("string", [.bytes([0xE2, 0x82])], nil),
        Case("string", [.bytes([])], .string("")),
        Case("string", [.null], nil),
        Case("bytes", [.string("\u{FF}")], .bytes([0xC3, 0xBF])),
        Case("bytes", [.string("")], .bytes([])),
        Case("bytes", [.int(1)], nil),
    ]

    @Test("string() and bytes()", arguments: stringCases)
    func string(_ row: Case) { row.check() }

    static let boolCases: [Case] = [
        Case("bool", [.string("1")], .bool(true)),
        Case("bool", [.string("t")], .bool(true)),
        Case("bool", [.string("T")], .bool(true)),
        Case("bool", [.string("TRUE")], .bool(true)),
        Case("bool", [.string("True")], .bool(true)),
        Case("bool", [.string("0")], .bool(false)),
        Case("bool", [.string("False")], .bool(false)),
        Case("bool", [.string("TrUe")], nil),
        Case("bool", [.string("yes")], nil),
        Case("bool", [.string("")], nil),
        Case("bool", [.int(1)], nil),
    ]

    @Test("bool()", arguments: boolCases)
    func bool(_ row: Case) { row.check() }

    @Test func typeOfValues() {
        #expect(same(call("type", .int(1)), .type(.int)))
        #expect(same(call("type", .list([])), .type(.list(.dyn))))
        #expect(same(call("type", .type(.int)), .type(.type(.dyn))))
        #expect(same(call("type", call("type", .int(7))), call("type", call("type", .uint(7)))))
    }

    @Test func timestampAndDurationToInt() {
        #expect(same(call("int", timestamp("2009-02-13T23:31:30Z")), .int(1_234_567_890)))
        #expect(same(call("int", timestamp("1969-12-31T23:59:59.5Z")), .int(-1)))
        #expect(same(call("int", duration("1.5s")), .int(1_500_000_000)))
        #expect(isError(call("int", duration("300000000000s"))))
    }
}
