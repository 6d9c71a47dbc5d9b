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
        let value = timestampValue(text)
        if let expected {
            #expect(sameValue(callFunction("string", value), .string(expected)), "\(text) → \(value.debugText)")
        } else {
            #expect(isErrorValue(value), "\(text) → \(value.debugText)")
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
        let value = durationValue(text)
        if let expected {
            #expect(sameValue(callFunction("string", value), .string(expected)), "\(text) → \(value.debugText)")
        } else {
            #expect(isErrorValue(value), "\(text) → \(value.debugText)")
        }
    }

    @Test func timestampFromInt() {
        #expect(sameValue(callFunction("string", callFunction("timestamp", .int(0))), .string("1970-01-01T00:00:00Z")))
        #expect(isErrorValue(callFunction("timestamp", .int(-62_135_596_801))))
        #expect(isErrorValue(callFunction("timestamp", .int(253_402_300_800))))
        #expect(isErrorValue(callFunction("timestamp", .int(Int64.min))))
        #expect(sameValue(callFunction("duration", .int(-1_500_000_000)), durationValue("-1.5s")))
        #expect(sameValue(callFunction("duration", .int(Int64.min)), durationValue("-9223372036.854775808s")))
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
        let value = zone.map { callFunction(function, timestampValue(text), .string($0)) }
            ?? callFunction(function, timestampValue(text))
        if let expected {
            #expect(sameValue(value, .int(expected)), "\(text).\(function)(\(zone ?? "")) → \(value.debugText)")
        } else {
            #expect(isErrorValue(value), "\(text).\(function)(\(zone ?? "")) → \(value.debugText)")
        }
    }

    @Test func durationAccessors() {
        #expect(sameValue(callFunction("getHours", durationValue("10000s")), .int(2)))
        #expect(sameValue(callFunction("getMinutes", durationValue("3730s")), .int(62)))
        #expect(sameValue(callFunction("getSeconds", durationValue("3730s")), .int(3730)))
        #expect(sameValue(callFunction("getMilliseconds", durationValue("123.321456789s")), .int(321)))
        #expect(sameValue(callFunction("getMilliseconds", durationValue("-1.5s")), .int(-500)))
        #expect(sameValue(callFunction("getHours", durationValue("-2h30m")), .int(-2)))
        #expect(isErrorValue(callFunction("getFullYear", durationValue("1s"))))
        #expect(isErrorValue(callFunction("getHours", durationValue("1s"), .string("UTC"))))
        #expect(isErrorValue(callFunction("getHours", .int(1))))
    }

    static let arithmeticCases: [(String, Value, Value, Value?)] = [
        ("_+_", timestampValue("2009-02-13T23:00:00Z"), durationValue("240s"), timestampValue("2009-02-13T23:04:00Z")),
        ("_+_", durationValue("120s"), timestampValue("2009-02-13T23:01:00Z"), timestampValue("2009-02-13T23:03:00Z")),
        ("_+_", durationValue("600s"), durationValue("50s"), durationValue("650s")),
        ("_+_", timestampValue("0001-01-01T00:00:01.000000001Z"), durationValue("-999999999ns"),
            timestampValue("0001-01-01T00:00:00.000000002Z")),
        ("_+_", timestampValue("0001-01-01T00:00:01.999999999Z"), durationValue("999999999ns"),
            timestampValue("0001-01-01T00:00:02.999999998Z")),
        ("_+_", durationValue("1.5s"), durationValue("-0.7s"), durationValue("0.8s")),
        ("_+_", durationValue("-1.5s"), durationValue("0.7s"), durationValue("-0.8s")),
        ("_+_", durationValue("0.6s"), durationValue("0.6s"), durationValue("1.2s")),
        ("_+_", durationValue("-0.6s"), durationValue("-0.6s"), durationValue("-1.2s")),
        ("_+_", timestampValue("0001-01-01T00:00:00Z"), durationValue("-1s"), nil),
        ("_+_", timestampValue("9999-12-31T23:59:59Z"), durationValue("1s"), nil),
        ("_+_", timestampValue("9999-12-31T23:59:59.999999999Z"), durationValue("1ns"), nil),
        ("_+_", timestampValue("0001-01-01T00:00:00Z"), durationValue("-1ns"), nil),
        ("_+_", durationValue("-200000000000s"), durationValue("-200000000000s"), nil),
        ("_+_", durationValue("200000000000s"), durationValue("200000000000s"), nil),
        ("_-_", timestampValue("2009-02-13T23:10:00Z"), durationValue("600s"), timestampValue("2009-02-13T23:00:00Z")),
        ("_-_", timestampValue("2009-02-13T23:31:00Z"), timestampValue("2009-02-13T23:29:00Z"), durationValue("120s")),
        ("_-_", timestampValue("2009-02-13T23:29:00.5Z"), timestampValue("2009-02-13T23:31:00Z"),
            durationValue("-119.5s")),
        ("_-_", durationValue("900s"), durationValue("42s"), durationValue("858s")),
        ("_-_", timestampValue("9999-12-31T23:59:59Z"), timestampValue("0001-01-01T00:00:00Z"), nil),
        ("_-_", timestampValue("0001-01-01T00:00:00Z"), timestampValue("9999-12-31T23:59:59Z"), nil),
        ("_-_", durationValue("-200000000000s"), durationValue("200000000000s"), nil),
        ("_-_", durationValue("200000000000s"), durationValue("-200000000000s"), nil),
        ("_-_", timestampValue("0001-01-01T00:00:00Z"), durationValue("1ns"), nil),
    ]

    @Test("arithmetic", arguments: arithmeticCases)
    func arithmetic(_ function: String, _ lhs: Value, _ rhs: Value, _ expected: Value?) {
        let result = callFunction(function, lhs, rhs)
        if let expected {
            #expect(
                sameValue(result, expected), "\(lhs.debugText) \(function) \(rhs.debugText) → \(result.debugText)")
        } else {
            #expect(isErrorValue(result), "\(lhs.debugText) \(function) \(rhs.debugText) → \(result.debugText)")
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
        _ = callFunction("_+_", .timestamp(t), .duration(d))
        _ = callFunction("_+_", .duration(d), .duration(d))
        #expect(isErrorValue(callFunction("_-_", .timestamp(t), .duration(d))))
        #expect(isErrorValue(callFunction("_-_", .duration(d), .duration(d))))
        #expect(isErrorValue(callFunction("_-_", .timestamp(t), .timestamp(t))) == false)
        #expect(isErrorValue(callFunction("getHours", .timestamp(t), .string("+01:00"))))
        #expect(isErrorValue(callFunction("int", .duration(d))))
    }
}
