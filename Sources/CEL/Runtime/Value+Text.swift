import CELSyntax
import Diagnostics

/// Text forms of values, for messages and for the command line.
extension Value {
    /// The value written as a CEL literal would be: strings quoted, `1u`, `b"…"`, lists, maps.
    public var debugText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "\(u)u"
        case .double(let d): return ValueFormat.double(d)
        case .string(let s): return ValueFormat.quoted(s)
        case .bytes(let b): return "b" + ValueFormat.quoted(String(decoding: b, as: UTF8.self))
        case .list(let l): return "[" + l.map(\.debugText).joined(separator: ", ") + "]"
        case .map(let m):
            let entries = zip(m.keys, m.values).map { "\($0.debugText): \($1.debugText)" }
            return "{" + entries.joined(separator: ", ") + "}"
        case .type(let t): return t.runtimeName
        case .timestamp(let t): return "timestamp(\"\(ValueFormat.timestamp(t))\")"
        case .duration(let d): return "duration(\"\(ValueFormat.duration(d))\")"
        case .optional(let o): return o.map { "optional.of(\($0.debugText))" } ?? "optional.none()"
        case .error(let e): return "error(\(e.description))"
        case .unknown(let u): return "unknown(\(u.attributes.joined(separator: ", ")))"
        }
    }
}

/// Formatting rules shared by `string(x)` and by messages.
public enum ValueFormat {
    /// A double as cel-go prints it (Go's `%g` with the shortest exact digits).
    public static func double(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "+Infinity" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        // Swift's description gives the shortest digits that round-trip; re-layout them.
        let text = "\(abs(d))"
        var digits = ""
        var exponent = 0
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let explicitExponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = String(pieces[0])
        let fractionPart = pieces.count > 1 ? String(pieces[1]) : ""
        digits = integerPart + fractionPart
        exponent = integerPart.count - 1 + explicitExponent
        // Strip leading zeros (0.001 → digits 0001) adjusting the exponent.
        while digits.count > 1, digits.hasPrefix("0") {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        let sign = d < 0 ? "-" : ""
        if exponent < -4 || exponent >= 6 {
            var out = String(digits.prefix(1))
            if digits.count > 1 { out += "." + digits.dropFirst() }
            let expSign = exponent < 0 ? "-" : "+"
            let expDigits = String(abs(exponent))
            return sign + out + "e" + expSign + (expDigits.count < 2 ? "0" : "") + expDigits
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        if digits.count <= exponent + 1 {
            return sign + digits + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        let split = digits.index(digits.startIndex, offsetBy: exponent + 1)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// A string in double quotes with CEL escapes.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A timestamp in RFC 3339 UTC with 0, 3, 6 or 9 fractional digits.
    public static func timestamp(_ t: Timestamp) -> String {
        let days = floorDivide(t.seconds, 86_400)
        let secondsOfDay = t.seconds - days * 86_400
        let (year, month, day) = civilFromDays(days)
        let hour = secondsOfDay / 3600
        let minute = (secondsOfDay % 3600) / 60
        let second = secondsOfDay % 60
        var out = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        out += "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        out += fraction(Int64(t.nanos))
        return out + "Z"
    }

    /// A duration in seconds with 0, 3, 6 or 9 fractional digits and an `s`, as `1.5s`.
    public static func duration(_ d: Duration) -> String {
        let negative = d.seconds < 0 || d.nanos < 0
        return (negative ? "-" : "") + String(abs(d.seconds)) + fraction(Int64(abs(d.nanos))) + "s"
    }

    private static func fraction(_ nanos: Int64) -> String {
        if nanos == 0 { return "" }
        if nanos % 1_000_000 == 0 { return "." + pad(nanos / 1_000_000, 3) }
        if nanos % 1_000 == 0 { return "." + pad(nanos / 1_000, 6) }
        return "." + pad(nanos, 9)
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Year, month, day of a count of days since 1970-01-01 (proleptic Gregorian).
    public static func civilFromDays(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    public static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension ValueFormat {
    /// A value as a person reads it in a message: strings bare, numbers with the language's
    /// separators (vi `66.091` and `17,6`; en `66,091` and `17.6`), at most 4 decimals, lists
    /// joined by commas.
    public static func display(_ value: Value, language: Language? = nil) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i):
            if i.magnitude < 100_000_000_000, let short = shortNumber(Double(i), language: language) { return short }
            return language.map { group(String(i), $0) } ?? String(i)
        case .double(let d): return shortNumber(d, language: language) ?? generalNumber(d, language: language)
        case .list(let l): return l.map { display($0, language: language) }.joined(separator: ", ")
        case .error: return "?"
        case .unknown(let u): return "?" + u.attributes.joined(separator: ",")
        default: return value.debugText
        }
    }

    /// A double as ``display(_:language:)`` shows it, by way of Swift's shortest digits.
    static func generalNumber(_ d: Double, language: Language?) -> String {
        guard d.isFinite else { return double(d) }
        let plain: String
        if d == d.rounded(), abs(d) < 1e15 {
            plain = String(Int64(d))
        } else {
            let scaled = (d * 10_000).rounded() / 10_000
            if scaled == scaled.rounded(), abs(scaled) < 1e15 {
                plain = String(Int64(scaled))
            } else {
                plain = abs(scaled) >= 1e-4 && abs(scaled) < 1e15 ? "\(scaled)" : double(scaled)
            }
        }
        return language.map { group(plain, $0) } ?? plain
    }

    /// A plain decimal number (`-66091.5`) with thousands grouped and the decimal mark of the
    /// language; numbers in exponent form are left as they are.
    static func group(_ plain: String, _ language: Language) -> String {
        let bytes = Array(plain.utf8)
        guard !bytes.contains(UInt8(ascii: "e")) else { return plain }
        let thousands = language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let decimal = language == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let negative = bytes.first == UInt8(ascii: "-")
        let start = negative ? 1 : 0
        let dot = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        let digits = dot - start
        if digits <= 3 && dot == bytes.count { return plain }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + digits / 3)
        if negative { out.append(UInt8(ascii: "-")) }
        for index in start..<dot {
            if index > start, (dot - index) % 3 == 0 { out.append(thousands) }
            out.append(bytes[index])
        }
        if dot < bytes.count {
            out.append(decimal)
            out.append(contentsOf: bytes[(dot + 1)...])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
