import Foundation

/// `"…".format([args])` of the strings extension: printf-style clauses `%s %d %f %e %b %x %X %o`
/// with an optional precision (`%.3f`), and `%%` for a percent sign.
///
/// Output follows cel-go's formatter (version 2 of the extension): `%s` prints lists and maps
/// recursively with map entries sorted by their printed keys, doubles in plain decimal
/// notation, timestamps in RFC 3339 and durations in seconds; `NaN` and `±Infinity` print as
/// words under every numeric clause.
enum StringFormatter {
    /// The largest precision accepted, as in cel-go.
    static let maxPrecision = 100

    /// Formats `format` with `arguments`, or returns an error value.
    static func format(_ format: String, _ arguments: [Value]) -> Value {
        let scalars = Array(format.unicodeScalars)
        var output = String.UnicodeScalarView()
        var position = 0
        var argumentIndex = 0
        while position < scalars.count {
            let scalar = scalars[position]
            guard scalar == "%" else {
                output.append(scalar)
                position += 1
                continue
            }
            if position + 1 < scalars.count, scalars[position + 1] == "%" {
                output.append("%")
                position += 2
                continue
            }
            guard argumentIndex < arguments.count else {
                return failure("index \(argumentIndex) out of range")
            }
            guard position + 1 < scalars.count else { return failure("unexpected end of string") }
            position += 1
            let precision: Int
            switch readPrecision(scalars, &position) {
            case .success(let value): precision = value
            case .failure(let message): return failure("could not parse formatting clause: \(message)")
            }
            guard position < scalars.count else {
                return failure("could not parse formatting clause: unexpected end of string")
            }
            let clause = scalars[position]
            position += 1
            let argument = arguments[argumentIndex]
            argumentIndex += 1
            let formatted: Result<String, Message>
            switch clause {
            case "s": formatted = string(argument)
            case "d": formatted = decimal(argument)
            case "f": formatted = fixed(argument, precision: precision)
            case "e": formatted = scientific(argument, precision: precision)
            case "b": formatted = binary(argument)
            case "x", "X": formatted = hex(argument, uppercase: clause == "X")
            case "o": formatted = octal(argument)
            default:
                return failure("could not parse formatting clause: unrecognized formatting clause \"\(clause)\"")
            }
            switch formatted {
            case .success(let text): output.append(contentsOf: text.unicodeScalars)
            case .failure(let message): return failure("error during formatting: \(message.text)")
            }
        }
        return .string(String(output))
    }

    /// A formatting error's text.
    struct Message: Error {
        let text: String
        /// A message with `text`.
        init(_ text: String) { self.text = text }
    }

    /// The error value for a formatting failure.
    private static func failure(_ message: String) -> Value {
        .fail(.invalidArgument(message))
    }

    /// Reads `.digits` at the cursor, if present; the default precision is 6.
    private static func readPrecision(_ scalars: [Unicode.Scalar], _ position: inout Int) -> Result<Int, Message> {
        guard scalars[position] == "." else { return .success(6) }
        position += 1
        var value = 0
        var digitCount = 0
        while true {
            guard position < scalars.count else {
                return .failure(Message("could not find end of precision specifier"))
            }
            let scalar = scalars[position]
            guard ("0"..."9").contains(scalar) else { break }
            value = min(value * 10 + Int(scalar.value - 48), maxPrecision + 1)
            digitCount += 1
            position += 1
        }
        guard digitCount > 0 else { return .failure(Message("error while converting precision to integer")) }
        guard value <= maxPrecision else {
            return .failure(Message("precision exceeds maximum allowed precision \(maxPrecision)"))
        }
        return .success(value)
    }

    // MARK: - Clauses

    /// `%s`: any scalar, type, list or map.
    static func string(_ value: Value) -> Result<String, Message> {
        switch value {
        case .null: return .success("null")
        case .bool(let b): return .success(b ? "true" : "false")
        case .int(let i): return .success(String(i))
        case .uint(let u): return .success(String(u))
        case .double(let d): return .success(special(d) ?? plainDecimal(d))
        case .string(let s): return .success(s)
        case .bytes(let b): return .success(String(decoding: b, as: UTF8.self))
        case .type(let t): return .success(t.runtimeName)
        case .timestamp(let t): return .success(rfc3339Nano(t))
        case .duration(let d):
            return .success(plainDecimal(Double(d.seconds) + Double(d.nanos) / 1_000_000_000) + "s")
        case .list(let elements):
            var parts: [String] = []
            for element in elements {
                switch string(element) {
                case .success(let text): parts.append(text)
                case .failure(let message): return .failure(message)
                }
            }
            return .success("[" + parts.joined(separator: ", ") + "]")
        case .map(let map):
            var entries: [(String, String)] = []
            for (key, entry) in zip(map.keys, map.values) {
                switch (string(key), string(entry)) {
                case let (.success(k), .success(v)): entries.append((k, v))
                case let (.failure(message), _), let (_, .failure(message)): return .failure(message)
                }
            }
            entries.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            return .success("{" + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}")
        default:
            return .failure(Message(
                "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, "
                    + "durations, and timestamps, was given \(value.type.runtimeName)"))
        }
    }

    /// `%d`: ints, uints and doubles in decimal.
    private static func decimal(_ value: Value) -> Result<String, Message> {
        switch value {
        case .int(let i): return .success(String(i))
        case .uint(let u): return .success(String(u))
        case .double(let d): return .success(special(d) ?? plainDecimal(d))
        default:
            return .failure(Message(
                "decimal clause can only be used on ints, uints, and doubles, was given \(value.type.runtimeName)"))
        }
    }

    /// `%f`: a number in fixed-point notation, rounded half to even.
    private static func fixed(_ value: Value, precision: Int) -> Result<String, Message> {
        guard let d = asDouble(value) else {
            return .failure(Message(
                "fixed-point clause can only be used on ints, uints, and doubles, was given \(value.type.runtimeName)"))
        }
        return .success(special(d) ?? String(format: "%.\(precision)f", d))
    }

    /// `%e`: a number in scientific notation (`1.052033e+03`).
    private static func scientific(_ value: Value, precision: Int) -> Result<String, Message> {
        guard let d = asDouble(value) else {
            return .failure(Message(
                "scientific clause can only be used on ints, uints, and doubles, was given \(value.type.runtimeName)"))
        }
        return .success(special(d) ?? String(format: "%.\(precision)e", d))
    }

    /// `%b`: ints, uints and bools in base 2.
    private static func binary(_ value: Value) -> Result<String, Message> {
        switch value {
        case .bool(let b): return .success(b ? "1" : "0")
        case .int(let i): return .success(String(i, radix: 2))
        case .uint(let u): return .success(String(u, radix: 2))
        default:
            return .failure(Message(
                "only ints, uints, and bools can be formatted as binary, was given \(value.type.runtimeName)"))
        }
    }

    /// `%x`, `%X`: ints and uints in base 16; strings and bytes byte by byte.
    private static func hex(_ value: Value, uppercase: Bool) -> Result<String, Message> {
        switch value {
        case .int(let i): return .success(String(i, radix: 16, uppercase: uppercase))
        case .uint(let u): return .success(String(u, radix: 16, uppercase: uppercase))
        case .string(let s): return .success(hexBytes(Array(s.utf8), uppercase: uppercase))
        case .bytes(let b): return .success(hexBytes(b, uppercase: uppercase))
        default:
            return .failure(Message(
                "only ints, uints, bytes, and strings can be formatted as hex, was given \(value.type.runtimeName)"))
        }
    }

    /// `%o`: ints and uints in base 8.
    private static func octal(_ value: Value) -> Result<String, Message> {
        switch value {
        case .int(let i): return .success(String(i, radix: 8))
        case .uint(let u): return .success(String(u, radix: 8))
        default:
            return .failure(Message(
                "octal clause can only be used on ints and uints, was given \(value.type.runtimeName)"))
        }
    }

    // MARK: - Helpers

    /// A number as a double, or nil for other values.
    private static func asDouble(_ value: Value) -> Double? {
        switch value {
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        case .double(let d): return d
        default: return nil
        }
    }

    /// `NaN`, `Infinity` or `-Infinity` for non-finite doubles.
    private static func special(_ d: Double) -> String? {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return nil
    }

    /// Two hexadecimal digits per byte.
    private static func hexBytes(_ bytes: [UInt8], uppercase: Bool) -> String {
        let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").unicodeScalars)
        var out = String.UnicodeScalarView()
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(out)
    }

    /// A finite double in plain decimal notation with the shortest round-trip digits, as Go's
    /// `strconv.FormatFloat(d, 'f', -1, 64)`: `0.0000001`, `100000000000000000000`.
    static func plainDecimal(_ d: Double) -> String {
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        let text = "\(d.magnitude)"
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first.map(String.init) ?? text
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = pieces.first.map(String.init) ?? ""
        var digits = Array((integerPart + (pieces.count > 1 ? String(pieces[1]) : "")).utf8)
        var point = integerPart.count + exponent
        while digits.count > 1, digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > 1, digits.last == UInt8(ascii: "0") { digits.removeLast() }
        let digitText = String(decoding: digits, as: UTF8.self)
        let body: String
        if point <= 0 {
            body = "0." + String(repeating: "0", count: -point) + digitText
        } else if point >= digits.count {
            body = digitText + String(repeating: "0", count: point - digits.count)
        } else {
            let split = digitText.index(digitText.startIndex, offsetBy: point)
            body = digitText[..<split] + "." + digitText[split...]
        }
        return (d < 0 ? "-" : "") + body
    }

    /// RFC 3339 in UTC with the fraction's trailing zeros removed, as Go's `time.RFC3339Nano`.
    private static func rfc3339Nano(_ t: Timestamp) -> String {
        var text = ValueFormat.timestamp(t)
        guard text.contains(".") else { return text }
        text.removeLast()  // "Z"
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "Z"
    }
}
