import Testing

@testable import CEL

@Suite("string.format")
struct StringFormatterTests {
    static let cases: [(String, [Value], String?)] = [
        ("no substitution", [], "no substitution"),
        ("str is %s and some more", [.string("filler")], "str is filler and some more"),
        ("%% and also %%", [], "% and also %"),
        ("%%%s%%", [.string("text")], "%text%"),
        ("%d %s", [.int(1), .string("A")], "1 A"),
        ("%.3f", [.double(1.2345)], "1.234"),
        ("%b", [.int(5)], "101"),
        ("%b", [.uint(64)], "1000000"),
        ("%b", [.bool(true)], "1"),
        ("%b", [.int(-5)], "-101"),
        ("%o", [.int(11)], "13"),
        ("%o", [.uint(65535)], "177777"),
        ("%x", [.int(30)], "1e"),
        ("%X", [.int(30)], "1E"),
        ("%x", [.int(-255)], "-ff"),
        ("%X", [.uint(6000)], "1770"),
        ("%x", [.string("Hello world!")], "48656c6c6f20776f726c6421"),
        ("%X", [.bytes(Array("byte string".utf8))], "6279746520737472696E67"),
        ("%.6e", [.double(1052.032911275)], "1.052033e+03"),
        ("%f", [.double(2.71828)], "2.718280"),
        ("%f", [.int(2)], "2.000000"),
        ("%f", [.uint(3)], "3.000000"),
        ("%e", [.double(2.71828)], "2.718280e+00"),
        ("%e", [.int(2)], "2.000000e+00"),
        ("%e", [.double(.nan)], "NaN"),
        ("%e", [.double(.infinity)], "Infinity"),
        ("%d", [.double(-.infinity)], "-Infinity"),
        ("%f", [.double(.nan)], "NaN"),
        ("%d", [.uint(64)], "64"),
        ("%d", [.double(1.5)], "1.5"),
        ("%s", [.null], "null"),
        ("%s", [.int(999_999_999_999)], "999999999999"),
        ("%s", [.bytes(Array("xyz".utf8))], "xyz"),
        ("%s", [.type(.string)], "string"),
        ("%s", [.double(1e21)], "1000000000000000000000"),
        ("%s", [.double(1e-7)], "0.0000001"),
        ("%s", [.double(-0.0)], "-0"),
        ("%s", [.double(123.456)], "123.456"),
        ("%s", [.double(.infinity)], "Infinity"),
        ("%s", [.list([.double(.nan), .double(-.infinity)])], "[NaN, -Infinity]"),
        ("%s", [.list([.string("abc"), .double(3.14), .null, .list([.int(9), .int(8)])])], "[abc, 3.14, null, [9, 8]]"),
        ("%.0f", [.double(123.0)], "123"),
        ("%.0f", [.double(3.5001)], "4"),
        ("%.0f", [.double(1.5)], "2"),
        ("%.0f", [.double(2.5)], "2"),
        ("%.3f", [.double(-123.4999)], "-123.500"),
        ("%.5f", [.double(-1.2)], "-1.20000"),
        ("%.100f", [.double(1)], "1." + String(repeating: "0", count: 100)),
        ("é%sü", [.string("☺")], "é☺ü"),
        ("%a", [.int(1)], nil),
        ("%E", [.double(0.5)], nil),
        ("%d %d %d", [.int(0), .int(1)], nil),
        ("%", [.int(1)], nil),
        ("%.", [.int(1)], nil),
        ("%.f", [.int(1)], nil),
        ("%.101f", [.double(1)], nil),
        ("%.99999999999999999999f", [.double(1)], nil),
        ("%b", [.string("abc")], nil),
        ("%d", [.null], nil),
        ("%e", [.null], nil),
        ("%f", [.string("1")], nil),
        ("%x", [.double(0.5)], nil),
        ("%o", [.string("a")], nil),
        ("%s", [.optional(nil)], nil),
        ("%s", [.list([.int(1), .optional(nil)])], nil),
    ]

    @Test("format", arguments: cases)
    func format(_ text: String, _ arguments: [Value], _ expected: String?) {
        let result = callFunction("format", .string(text), .list(arguments))
        if let expected {
            #expect(sameValue(result, .string(expected)), "\(text) → \(result.debugText)")
        } else {
            #expect(isErrorValue(result), "\(text) → \(result.debugText)")
        }
    }

    @Test func timestampsDurationsAndMaps() throws {
        let map = try MapValue.make(
            keys: [.string("key1"), .string("key5"), .string("key2"), .string("key4"), .string("key3")],
            values: [.bytes(Array("xyz".utf8)), .null, durationValue("2h"), .bool(true), .double(2.71828)]
        ).get()
        #expect(sameValue(callFunction("format", .string("%s"), .list([.map(map)])),
            .string("{key1: xyz, key2: 7200s, key3: 2.71828, key4: true, key5: null}")))
        let mixed = try MapValue.make(
            keys: [.string("strKey"), .int(6), .bool(true)], values: [.string("x"), durationValue("422s"), .int(42)]
        ).get()
        #expect(sameValue(
            callFunction("format", .string("%s"), .list([.map(mixed)])), .string("{6: 422s, strKey: x, true: 42}")))
        #expect(sameValue(callFunction("format", .string("%s"), .list([timestampValue("2023-02-03T23:31:20+00:00")])),
            .string("2023-02-03T23:31:20Z")))
        #expect(sameValue(callFunction("format", .string("%s"), .list([timestampValue("2023-02-03T23:31:20.120Z")])),
            .string("2023-02-03T23:31:20.12Z")))
        #expect(sameValue(callFunction("format", .string("%s"), .list([durationValue("1h45m47s")])), .string("6347s")))
        #expect(sameValue(callFunction("format", .string("%s"), .list([durationValue("-1.5s")])), .string("-1.5s")))
    }
}
