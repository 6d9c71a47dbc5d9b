import Testing

@testable import CEL

@Suite("Conversions")
struct ConversionsTests {
    static let intCases: [FunctionCase] = [
        FunctionCase("int", [.uint(42)], .int(42)),
        FunctionCase("int", [.uint(9_223_372_036_854_775_807)], .int(Int64.max)),
        FunctionCase("int", [.uint(UInt64.max)], nil),
        FunctionCase("int", [.double(-123.456)], .int(-123)),
        FunctionCase("int", [.double(1.9)], .int(1)),
        FunctionCase("int", [.double(-7.9)], .int(-7)),
        FunctionCase("int", [.double(9_223_372_036_854_775_807.0)], nil),
        FunctionCase("int", [.double(-9_223_372_036_854_775_808.0)], nil),
        FunctionCase("int", [.double(-9_223_372_036_854_774_784.0)], .int(-9_223_372_036_854_774_784)),
        FunctionCase("int", [.double(1e99)], nil),
        FunctionCase("int", [.double(.nan)], nil),
        FunctionCase("int", [.double(.infinity)], nil),
        FunctionCase("int", [.double(-.infinity)], nil),
        FunctionCase("int", [.string("987")], .int(987)),
        FunctionCase("int", [.string("-9223372036854775808")], .int(Int64.min)),
        FunctionCase("int", [.string("+5")], .int(5)),
        FunctionCase("int", [.string("9223372036854775808")], nil),
        FunctionCase("int", [.string("")], nil),
        FunctionCase("int", [.string(" 1")], nil),
        FunctionCase("int", [.string("0x10")], nil),
        FunctionCase("int", [.string("1.5")], nil),
        FunctionCase("int", [.bool(true)], nil),
        FunctionCase("int", [.null], nil),
    ]

    @Test("int()", arguments: intCases)
    func int(_ row: FunctionCase) { row.check() }

    static let uintCases: [FunctionCase] = [
        FunctionCase("uint", [.int(1729)], .uint(1729)),
        FunctionCase("uint", [.int(-1)], nil),
        FunctionCase("uint", [.int(Int64.min)], nil),
        FunctionCase("uint", [.double(3.14159265)], .uint(3)),
        FunctionCase("uint", [.double(25.5)], .uint(25)),
        FunctionCase("uint", [.double(-0.0)], .uint(0)),
        FunctionCase("uint", [.double(-0.5)], nil),
        FunctionCase("uint", [.double(6.022e23)], nil),
        FunctionCase("uint", [.double(18_446_744_073_709_551_616.0)], nil),
        FunctionCase("uint", [.double(.nan)], nil),
        FunctionCase("uint", [.string("300")], .uint(300)),
        FunctionCase("uint", [.string("18446744073709551615")], .uint(UInt64.max)),
        FunctionCase("uint", [.string("18446744073709551616")], nil),
        FunctionCase("uint", [.string("+1")], nil),
        FunctionCase("uint", [.string("-1")], nil),
        FunctionCase("uint", [.string("")], nil),
    ]

    @Test("uint()", arguments: uintCases)
    func uint(_ row: FunctionCase) { row.check() }

    static let doubleCases: [FunctionCase] = [
        FunctionCase("double", [.int(Int64.max)], .double(9.223372036854776e18)),
        FunctionCase("double", [.uint(UInt64.max)], .double(1.8446744073709552e19)),
        FunctionCase("double", [.string("-0.0")], .double(-0.0)),
        FunctionCase("double", [.string("6.02214e23")], .double(6.02214e23)),
        FunctionCase("double", [.string("-5.43e-21")], .double(-5.43e-21)),
        FunctionCase("double", [.string("NaN")], .double(.nan)),
        FunctionCase("double", [.string("Infinity")], .double(.infinity)),
        FunctionCase("double", [.string("-Infinity")], .double(-.infinity)),
        FunctionCase("double", [.string("-inf")], .double(-.infinity)),
        FunctionCase("double", [.string(".5")], .double(0.5)),
        FunctionCase("double", [.string("0x1p3")], .double(8)),
        FunctionCase("double", [.string("0x10")], nil),
        FunctionCase("double", [.string("1e400")], nil),
        FunctionCase("double", [.string("")], nil),
        FunctionCase("double", [.string(" 1")], nil),
        FunctionCase("double", [.string("1_0")], nil),
        FunctionCase("double", [.string("nan(0x1)")], nil),
        FunctionCase("double", [.string("-nan")], nil),
        FunctionCase("double", [.string("abc")], nil),
        FunctionCase("double", [.bool(false)], nil),
    ]

    @Test("double()", arguments: doubleCases)
    func double(_ row: FunctionCase) { row.check() }

    static let stringCases: [FunctionCase] = [
        FunctionCase("string", [.int(-456)], .string("-456")),
        FunctionCase("string", [.uint(9876)], .string("9876")),
        FunctionCase("string", [.double(123.456)], .string("123.456")),
        FunctionCase("string", [.double(-4.5e-3)], .string("-0.0045")),
        FunctionCase("string", [.bool(true)], .string("true")),
        FunctionCase("string", [.bytes([0xC3, 0xBF])], .string("\u{FF}")),
        FunctionCase("string", [.bytes([0x00, 0xFF])], nil),
        FunctionCase("string", [.bytes([0xED, 0xA0, 0x80])], nil),
        FunctionCase("string", [.bytes([0xC0, 0x80])], nil),
        FunctionCase("string", [.bytes([0xE2, 0x82])], nil),
        FunctionCase("string", [.bytes([])], .string("")),
        FunctionCase("string", [.null], nil),
        FunctionCase("bytes", [.string("\u{FF}")], .bytes([0xC3, 0xBF])),
        FunctionCase("bytes", [.string("")], .bytes([])),
        FunctionCase("bytes", [.int(1)], nil),
    ]

    @Test("string() and bytes()", arguments: stringCases)
    func string(_ row: FunctionCase) { row.check() }

    static let boolCases: [FunctionCase] = [
        FunctionCase("bool", [.string("1")], .bool(true)),
        FunctionCase("bool", [.string("t")], .bool(true)),
        FunctionCase("bool", [.string("T")], .bool(true)),
        FunctionCase("bool", [.string("TRUE")], .bool(true)),
        FunctionCase("bool", [.string("True")], .bool(true)),
        FunctionCase("bool", [.string("0")], .bool(false)),
        FunctionCase("bool", [.string("False")], .bool(false)),
        FunctionCase("bool", [.string("TrUe")], nil),
        FunctionCase("bool", [.string("yes")], nil),
        FunctionCase("bool", [.string("")], nil),
        FunctionCase("bool", [.int(1)], nil),
    ]

    @Test("bool()", arguments: boolCases)
    func bool(_ row: FunctionCase) { row.check() }

    @Test func typeOfValues() {
        #expect(sameValue(callFunction("type", .int(1)), .type(.int)))
        #expect(sameValue(callFunction("type", .list([])), .type(.list(.dyn))))
        #expect(sameValue(callFunction("type", .type(.int)), .type(.type(.dyn))))
        let metaInt = callFunction("type", callFunction("type", .int(7)))
        #expect(sameValue(metaInt, callFunction("type", callFunction("type", .uint(7)))))
    }

    @Test func timestampAndDurationToInt() {
        #expect(sameValue(callFunction("int", timestampValue("2009-02-13T23:31:30Z")), .int(1_234_567_890)))
        #expect(sameValue(callFunction("int", timestampValue("1969-12-31T23:59:59.5Z")), .int(-1)))
        #expect(sameValue(callFunction("int", durationValue("1.5s")), .int(1_500_000_000)))
        #expect(isErrorValue(callFunction("int", durationValue("300000000000s"))))
    }
}
