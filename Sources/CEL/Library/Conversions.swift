import CELSyntax

/// Type conversions: `int`, `uint`, `double`, `string`, `bytes`, `bool`, `type`.
///
/// `timestamp` and `duration` are in `Conversions+Time.swift`. Conversions follow cel-go:
/// doubles truncate toward zero with range errors, strings parse strictly, and anything that
/// does not fit the target type is an error value.
enum Conversions {
    /// Adds the conversion functions to `library`.
    static func register(in library: inout FunctionLibrary) {
        let a = CELType.parameter("A")
        library.add("type", [.global("type", [a], .type(a))], .unary { .type($0.type) })
        library.add("int", [
            .global("int64_to_int64", [.int], .int),
            .global("uint64_to_int64", [.uint], .int),
            .global("double_to_int64", [.double], .int),
            .global("string_to_int64", [.string], .int),
            .global("timestamp_to_int64", [.timestamp], .int),
            .global("duration_to_int64", [.duration], .int),
        ], .unary(toInt))
        library.add("uint", [
            .global("uint64_to_uint64", [.uint], .uint),
            .global("int64_to_uint64", [.int], .uint),
            .global("double_to_uint64", [.double], .uint),
            .global("string_to_uint64", [.string], .uint),
        ], .unary(toUint))
        library.add("double", [
            .global("double_to_double", [.double], .double),
            .global("int64_to_double", [.int], .double),
            .global("uint64_to_double", [.uint], .double),
            .global("string_to_double", [.string], .double),
        ], .unary(toDouble))
        library.add("string", [
            .global("string_to_string", [.string], .string),
            .global("bool_to_string", [.bool], .string),
            .global("int64_to_string", [.int], .string),
            .global("uint64_to_string", [.uint], .string),
            .global("double_to_string", [.double], .string),
            .global("bytes_to_string", [.bytes], .string),
            .global("timestamp_to_string", [.timestamp], .string),
            .global("duration_to_string", [.duration], .string),
        ], .unary(toString))
        library.add("bytes", [
            .global("bytes_to_bytes", [.bytes], .bytes),
            .global("string_to_bytes", [.string], .bytes),
        ], .unary(toBytes))
        library.add("bool", [
            .global("bool_to_bool", [.bool], .bool),
            .global("string_to_bool", [.string], .bool),
        ], .unary(toBool))
        registerTime(in: &library)
    }

    /// `int(x)`: doubles truncate toward zero; values outside int64 are range errors.
    static func toInt(_ value: Value) -> Value {
        switch value {
        case .int: return value
        case .uint(let u):
            guard u <= UInt64(Int64.max) else { return .fail(.overflow("uint to int conversion")) }
            return .int(Int64(u))
        case .double(let d):
            // cel-go excludes both ends: -2^63 itself is a range error.
            guard d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else {
                return .fail(.overflow("double to int conversion"))
            }
            return .int(Int64(d.rounded(.towardZero)))
        case .string(let s):
            guard let parsed = Int64(s) else { return conversionError(s, to: "int") }
            return .int(parsed)
        case .timestamp(let t): return .int(t.seconds)
        case .duration(let d):
            guard let nanos = d.totalNanos else { return .fail(.overflow("duration to int conversion")) }
            return .int(nanos)
        default: return noSuchOverload("int", value)
        }
    }

    /// `uint(x)`: negative values and values of 2^64 or more are range errors.
    static func toUint(_ value: Value) -> Value {
        switch value {
        case .uint: return value
        case .int(let i):
            guard i >= 0 else { return .fail(.overflow("int to uint conversion")) }
            return .uint(UInt64(i))
        case .double(let d):
            guard d >= 0, d < 18_446_744_073_709_551_616.0 else {
                return .fail(.overflow("double to uint conversion"))
            }
            return .uint(UInt64(d.rounded(.towardZero)))
        case .string(let s):
            // Swift accepts a leading `+`; Go's ParseUint does not.
            guard s.utf8.first.map(isASCIIDigit) == true, let parsed = UInt64(s) else {
                return conversionError(s, to: "uint")
            }
            return .uint(parsed)
        default: return noSuchOverload("uint", value)
        }
    }

    /// `double(x)`: ints convert to the nearest double; strings parse as Go's ParseFloat does.
    static func toDouble(_ value: Value) -> Value {
        switch value {
        case .double: return value
        case .int(let i): return .double(Double(i))
        case .uint(let u): return .double(Double(u))
        case .string(let s):
            guard let parsed = parseDouble(s) else { return conversionError(s, to: "double") }
            return .double(parsed)
        default: return noSuchOverload("double", value)
        }
    }

    /// `string(x)`: the canonical text of a scalar; bytes must be valid UTF-8.
    static func toString(_ value: Value) -> Value {
        switch value {
        case .string: return value
        case .bool(let b): return .string(b ? "true" : "false")
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d): return .string(ValueFormat.double(d))
        case .bytes(let b):
            guard let text = decodeUTF8(b) else {
                return .fail(.conversion(from: "bytes", to: "string", detail: "invalid UTF-8"))
            }
            return .string(text)
        case .timestamp(let t): return .string(ValueFormat.timestamp(t))
        case .duration(let d): return .string(ValueFormat.duration(d))
        default: return noSuchOverload("string", value)
        }
    }

    /// `bytes(x)`: a string's UTF-8 encoding.
    static func toBytes(_ value: Value) -> Value {
        switch value {
        case .bytes: return value
        case .string(let s): return .bytes(Array(s.utf8))
        default: return noSuchOverload("bytes", value)
        }
    }

    /// `bool(x)`: the spellings of Go's ParseBool.
    static func toBool(_ value: Value) -> Value {
        switch value {
        case .bool: return value
        case .string(let s):
            switch s {
            case "1", "t", "T", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "F", "false", "FALSE", "False": return .bool(false)
            default: return conversionError(s, to: "bool")
            }
        default: return noSuchOverload("bool", value)
        }
    }

    /// The text of `bytes` when it is valid UTF-8 (no surrogates, no overlong forms), else nil.
    static func decodeUTF8(_ bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    /// Parses a double as Go's `strconv.ParseFloat` does: decimal or hexadecimal, signed `Inf`
    /// or `Infinity` and unsigned `NaN` in any case; no spaces; out-of-range literals are errors.
    static func parseDouble(_ text: String) -> Double? {
        if text.lowercased() == "nan" { return .nan }
        var body = Substring(text)
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        switch body.lowercased() {
        case "inf", "infinity": return negative ? -.infinity : .infinity
        default: break
        }
        guard !body.isEmpty, body.utf8.allSatisfy(isFloatCharacter) else { return nil }
        // Go requires a binary exponent in hexadecimal floats ("0x1p-2"); Swift does not.
        let hexadecimal = body.hasPrefix("0x") || body.hasPrefix("0X")
        guard !hexadecimal || body.contains(where: { $0 == "p" || $0 == "P" }), let parsed = Double(text) else {
            return nil
        }
        return parsed.isFinite ? parsed : nil
    }

    /// Whether `byte` may appear in a decimal or hexadecimal float literal.
    private static func isFloatCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "p"), UInt8(ascii: "P"):
            return true
        default: return false
        }
    }

    /// Whether `byte` is `0`–`9`.
    static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The error for text that does not parse as `target`.
    static func conversionError(_ text: String, to target: String) -> Value {
        .fail(.conversion(from: "string", to: target, detail: ValueFormat.quoted(text)))
    }
}
