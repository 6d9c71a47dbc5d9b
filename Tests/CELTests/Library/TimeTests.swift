import Testing

@testable import CEL

@Suite("Timestamps and durations")
struct TimeTests {
    static let timestampTexts: [(String, String?)] = [
        ("2009-02-13T23:31:30Z", "2009-02-13T23:31:30Z"),
        ("9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59.999999999Z"),
        ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
        ("2023-02-03T23:31:20+00:00", "2023-02-03T23:31:20Z"),
        ("2023-02-03T23:31:20-08:30", "2023-02-04T08:01:20Z"),
        ("2023-02-03T23:31:20.5+01:00", "2023-02-03T22:31:20.500Z"),
        ("2023-02-03T23:31:20.1234567891Z", "2023-02-03T23:31:20.123456789Z"),
        ("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z"),
        ("2023-02-29T00:00:00Z", nil),
        ("2023-13-01T00:00:00Z", nil),
        ("2023-01-01T24:00:00Z", nil),
        ("2023-01-01T23:60:00Z", nil),
        ("2023-01-01T23:59:60Z", nil),
        ("2023-01-01 23:59:59Z", nil),
        ("2023-01-01T23:59:59", nil),
        ("2023-01-01T23:59:59.Z", nil),
        ("2023-01-01T23:59:59Zjunk", nil),
        ("0000-01-01T00:00:00Z", nil),
        ("10000-01-01T00:00:00Z", nil),
        ("0001-01-01T00:00:00+00:01", nil),
        ("9999-12-31T23:59:59-00:01", nil),
        ("", nil),
        ("é", nil),
    ]

    @Test("timestamp(string)", arguments: timestampTexts)
    func parseTimestamp(_ text: String, _ expected: String?) {
        let value = timestamp(text)
        if let expected {
            #expect(same(call("string", value), .string(expected)), "\(text) → \(value.debugText)")
        } else {
            #expect(isError(value), "\(text) → \(value.debugText)")
        }
    }

    static let durationTexts: [(String, String?)] = [
        ("1000000s", "1000000s"),
        ("1h45m47s", "6347s"),
        ("-1.5s", "-1.500s"),
        ("1ms", "0.001s"),
        ("1us", "0.000001s"),
        ("1µs", "0.000001s"),
        ("1ns", "0.000000001s"),
        ("-999999999ns", "-0.999999999s"),
        ("1.5h", "5400s"),
        (".5s", "0.500s"),
        ("5.s", "5s"),
        ("0", "0s"),
        ("-0", "0s"),
        ("+3s", "3s"),
        ("2h", "7200s"),
        ("1m1.000000001s", "61.000000001s"),
        ("0.0000000001s", "0s"),
        ("315576000000s", "315576000000s"),
        ("-315576000000.999999999s", "-315576000000.999999999s"),
        ("320000000000s", nil),
        ("-320000000000s", nil),
        ("99999999999999999999h", nil),
        ("5124095576030431h", nil),
        ("", nil),
        ("s", nil),
        ("1", nil),
        ("1d", nil),
        ("1s2", nil),
        ("--1s", nil),
        (".s", nil),
        ("1 s", nil),
    ]

    @Test("duration(string)", arguments: durationTexts)
    func parseDuration(_ text: String, _ expected: String?) {
        let value = duration(text)
        if let expected {
            #expect(same(call("string", value), .string(expected)), "\(text) → \(value.debugText)")
        } else {
            #expect(isError(value), "\(text) → \(value.debugText)")
        }
    }

    @Test func timestampFromInt() {
        #expect(same(call("string", call("timestamp", .int(0))), .string("1970-01-01T00:00:00Z")))
        #expect(isError(call("timestamp", .int(-62_135_596_801))))
        #expect(isError(call("timestamp", .int(253_402_300_800))))
        #expect(isError(call("timestamp", .int(Int64.min))))
        #expect(same(call("duration", .int(-1_500_000_000)), duration("-1.5s")))
        #expect(same(call("duration", .int(Int64.min)), duration("-9223372036.854775808s")))
    }

    static let accessorCases: [(String, String, String?, Int64?)] = [
        ("2009-02-13T23:31:30Z", "getDate", nil, 13),
        ("2009-02-13T23:31:30Z", "getDayOfMonth", nil, 12),
        ("2009-02-13T23:31:30Z", "getDayOfWeek", nil, 5),
        ("2009-02-13T23:31:30Z", "getDayOfYear", nil, 43),
        ("2009-02-13T23:31:30Z", "getFullYear", nil, 2009),
        ("2009-02-13T23:31:30Z", "getHours", nil, 23),
        ("2009-02-13T23:31:20.123456789Z", "getMilliseconds", nil, 123),
        ("2009-02-13T23:31:30Z", "getMinutes", nil, 31),
        ("2009-02-13T23:31:30Z", "getMonth", nil, 1),
        ("2009-02-13T23:31:30Z", "getSeconds", nil, 30),
        ("2009-02-13T23:31:30Z", "getDate", "Australia/Sydney", 14),
        ("2009-02-13T23:31:30Z", "getDayOfMonth", "US/Central", 12),
        ("2009-02-13T23:31:30Z", "getDayOfMonth", "+11:00", 13),
        ("2009-02-13T02:00:00Z", "getDayOfMonth", "-02:30", 11),
        ("2009-02-13T02:00:00Z", "getDayOfMonth", "America/St_Johns", 11),
        ("2009-02-13T23:31:30Z", "getDayOfWeek", "UTC", 5),
        ("2009-02-13T23:31:30Z", "getDayOfYear", "US/Central", 43),
        ("2009-02-13T23:31:30Z", "getFullYear", "-09:30", 2009),
        ("2009-02-13T23:31:30Z", "getHours", "02:00", 1),
        ("2009-02-13T23:31:30Z", "getMinutes", "Asia/Kathmandu", 16),
        ("2009-02-13T23:31:30Z", "getMonth", "UTC", 1),
        ("2009-02-13T23:31:30Z", "getSeconds", "-00:00", 30),
        ("2009-07-01T12:00:00Z", "getHours", "America/Los_Angeles", 5),
        ("0001-01-01T00:00:00Z", "getDayOfWeek", nil, 1),
        ("0001-01-01T00:00:00Z", "getFullYear", "-01:00", 0),
        ("1969-12-31T23:59:59.999Z", "getMilliseconds", nil, 999),
        ("1969-12-31T23:59:59Z", "getDayOfWeek", nil, 3),
        ("2024-12-31T12:00:00Z", "getDayOfYear", nil, 365),
        ("9999-12-31T23:59:59Z", "getFullYear", "+14:00", 10000),
        ("2009-02-13T23:31:30Z", "getHours", "Mars/Olympus", nil),
        ("2009-02-13T23:31:30Z", "getHours", "25:00", nil),
        ("2009-02-13T23:31:30Z", "getHours", "+1:3", nil),
        ("2009-02-13T23:31:30Z", "getHours", ":", nil),
        ("2009-02-13T23:31:30Z", "getHours", "", nil),
    ]

    @Test("timestamp accessors", arguments: accessorCases)
    func accessor(_ text: String, _ function: String, _ zone: String?, _ expected: Int64?) {
        let value = zone.map { call(function, timestamp(text), .string($0)) } ?? call(function, timestamp(text))
        if let expected {
            #expect(same(value, .int(expected)), "\(text).\(function)(\(zone ?? "")) → \(value.debugText)")
        } else {
            #expect(isError(value), "\(text).\(function)(\(zone ?? "")) → \(value.debugText)")
        }
    }

    @Test func durationAccessors() {
        #expect(same(call("getHours", duration("10000s")), .int(2)))
        #expect(same(call("getMinutes", duration("3730s")), .int(62)))
        #expect(same(call("getSeconds", duration("3730s")), .int(3730)))
        #expect(same(call("getMilliseconds", duration("123.321456789s")), .int(321)))
        #expect(same(call("getMilliseconds", duration("-1.5s")), .int(-500)))
        #expect(same(call("getHours", duration("-2h30m")), .int(-2)))
        #expect(isError(call("getFullYear", duration("1s"))))
        #expect(isError(call("getHours", duration("1s"), .string("UTC"))))
        #expect(isError(call("getHours", .int(1))))
    }

    static let arithmeticCases: [(String, Value, Value, Value?)] = [
        ("_+_", timestamp("2009-02-13T23:00:00Z"), duration("240s"), timestamp("2009-02-13T23:04:00Z")),
        ("_+_", duration("120s"), timestamp("2009-02-13T23:01:00Z"), timestamp("2009-02-13T23:03:00Z")),
        ("_+_", duration("600s"), duration("50s"), duration("650s")),
        ("_+_", timestamp("0001-01-01T00:00:01.000000001Z"), duration("-999999999ns"),
            timestamp("0001-01-01T00:00:00.000000002Z")),
        ("_+_", timestamp("0001-01-01T00:00:01.999999999Z"), duration("999999999ns"),
            timestamp("0001-01-01T00:00:02.999999998Z")),
        ("_+_", duration("1.5s"), duration("-0.7s"), duration("0.8s")),
        ("_+_", duration("-1.5s"), duration("0.7s"), duration("-0.8s")),
        ("_+_", duration("0.6s"), duration("0.6s"), duration("1.2s")),
        ("_+_", duration("-0.6s"), duration("-0.6s"), duration("-1.2s")),
        ("_+_", timestamp("0001-01-01T00:00:00Z"), duration("-1s"), nil),
        ("_+_", timestamp("9999-12-31T23:59:59Z"), duration("1s"), nil),
        ("_+_", timestamp("9999-12-31T23:59:59.999999999Z"), duration("1ns"), nil),
        ("_+_", timestamp("0001-01-01T00:00:00Z"), duration("-1ns"), nil),
        ("_+_", duration("-200000000000s"), duration("-200000000000s"), nil),
        ("_+_", duration("200000000000s"), duration("200000000000s"), nil),
        ("_-_", timestamp("2009-02-13T23:10:00Z"), duration("600s"), timestamp("2009-02-13T23:00:00Z")),
        ("_-_", timestamp("2009-02-13T23:31:00Z"), timestamp("2009-02-13T23:29:00Z"), duration("120s")),
        ("_-_", timestamp("2009-02-13T23:29:00.5Z"), timestamp("2009-02-13T23:31:00Z"), duration("-119.5s")),
        ("_-_", duration("900s"), duration("42s"), duration("858s")),
        ("_-_", timestamp("9999-12-31T23:59:59Z"), timestamp("0001-01-01T00:00:00Z"), nil),
        ("_-_", timestamp("0001-01-01T00:00:00Z"), timestamp("9999-12-31T23:59:59Z"), nil),
        ("_-_", duration("-200000000000s"), duration("200000000000s"), nil),
        ("_-_", duration("200000000000s"), duration("-200000000000s"), nil),
        ("_-_", timestamp("0001-01-01T00:00:00Z"), duration("1ns"), nil),
    ]

    @Test("arithmetic", arguments: arithmeticCases)
    func arithmetic(_ function: String, _ lhs: Value, _ rhs: Value, _ expected: Value?) {
        let result = call(function, lhs, rhs)
        if let expected {
            #expect(same(result, expected), "\(lhs.debugText) \(function) \(rhs.debugText) → \(result.debugText)")
        } else {
            #expect(isError(result), "\(lhs.debugText) \(function) \(rhs.debugText) → \(result.debugText)")
        }
    }

    @Test func outOfContractFieldsDoNotTrap() {
        // Timestamp and Duration have public fields; values outside their ranges must give
        // errors or values, never traps.
        guard var t = Timestamp(seconds: 0, nanos: 0), var d = Duration(seconds: 0, nanos: 0) else {
            Issue.record("zero timestamp or duration rejected")
            return
        }
        t.seconds = Int64.max
        d.seconds = Int64.min
        _ = call("_+_", .timestamp(t), .duration(d))
        _ = call("_+_", .duration(d), .duration(d))
        #expect(isError(call("_-_", .timestamp(t), .duration(d))))
        #expect(isError(call("_-_", .duration(d), .duration(d))))
        #expect(isError(call("_-_", .timestamp(t), .timestamp(t))) == false)
        #expect(isError(call("getHours", .timestamp(t), .string("+01:00"))))
        #expect(isError(call("int", .duration(d))))
    }
}
