import CELSyntax

/// `timestamp(x)` and `duration(x)`, with the RFC 3339 and Go duration parsers they use.
extension Conversions {
    /// Adds `timestamp` and `duration` to `library`.
    static func registerTime(in library: inout FunctionLibrary) {
        library.add("timestamp", [
            .global("timestamp_to_timestamp", [.timestamp], .timestamp),
            .global("int64_to_timestamp", [.int], .timestamp),
            .global("string_to_timestamp", [.string], .timestamp),
        ], .unary(toTimestamp))
        library.add("duration", [
            .global("duration_to_duration", [.duration], .duration),
            .global("int64_to_duration", [.int], .duration),
            .global("string_to_duration", [.string], .duration),
        ], .unary(toDuration))
    }

    /// `timestamp(x)`: seconds since the epoch, or RFC 3339 text; outside years 1–9999 is an error.
    static func toTimestamp(_ value: Value) -> Value {
        switch value {
        case .timestamp: return value
        case .int(let seconds):
            guard let t = Timestamp(seconds: seconds, nanos: 0) else {
                return .fail(.outOfRange("timestamp \(seconds) is outside years 1 to 9999"))
            }
            return .timestamp(t)
        case .string(let text): return parseTimestamp(text)
        default: return noSuchOverload("timestamp", value)
        }
    }

    /// `duration(x)`: nanoseconds, or Go duration text such as `1h2m3.5s`.
    static func toDuration(_ value: Value) -> Value {
        switch value {
        case .duration: return value
        case .int(let nanos):
            // Any int64 of nanoseconds (about ±292 years) is inside CEL's duration range.
            guard let d = Duration(totalNanos: nanos) else { return .fail(.outOfRange("duration")) }
            return .duration(d)
        case .string(let text): return parseDuration(text)
        default: return noSuchOverload("duration", value)
        }
    }

    // MARK: - RFC 3339

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` as Go's `time.RFC3339` layout does.
    static func parseTimestamp(_ text: String) -> Value {
        let invalid = Value.fail(.conversion(from: "string", to: "timestamp", detail: ValueFormat.quoted(text)))
        let bytes = Array(text.utf8)
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(digits: 4), reader.skip("-"),
            let month = reader.number(digits: 2), reader.skip("-"),
            let day = reader.number(digits: 2), reader.skip("T"),
            let hour = reader.number(digits: 2), reader.skip(":"),
            let minute = reader.number(digits: 2), reader.skip(":"),
            let second = reader.number(digits: 2)
        else { return invalid }
        var nanos: Int64 = 0
        if reader.skip(".") || reader.skip(",") {
            guard let fraction = reader.fraction() else { return invalid }
            nanos = fraction
        }
        var offsetSeconds: Int64 = 0
        if !reader.skip("Z") {
            let negative: Bool
            if reader.skip("+") {
                negative = false
            } else if reader.skip("-") {
                negative = true
            } else {
                return invalid
            }
            guard let offsetHours = reader.number(digits: 2), reader.skip(":"),
                let offsetMinutes = reader.number(digits: 2), offsetHours < 24, offsetMinutes < 60
            else { return invalid }
            offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (negative ? -1 : 1)
        }
        guard reader.atEnd, (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second < 60
        else { return invalid }
        let days = ValueFormat.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        guard let t = Timestamp(seconds: seconds, nanos: Int32(nanos)) else {
            return .fail(.outOfRange("timestamp \(ValueFormat.quoted(text)) is outside years 1 to 9999"))
        }
        return .timestamp(t)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2:
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: - Go durations

    /// Parses a duration as Go's `time.ParseDuration` does (`-1h2m3.5s`, `1ms`, `1us`, `1µs`,
    /// `1ns`, or a bare `0`), but over CEL's full range of ±315,576,000,000 seconds.
    static func parseDuration(_ text: String) -> Value {
        let invalid = Value.fail(.conversion(from: "string", to: "duration", detail: ValueFormat.quoted(text)))
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if let sign = scalars.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            scalars = scalars.dropFirst()
        }
        if String(scalars) == "0" { return Duration(totalNanos: 0).map(Value.duration) ?? invalid }
        guard !scalars.isEmpty else { return invalid }
        var seconds: Int64 = 0
        var nanos: Int64 = 0
        while !scalars.isEmpty {
            guard let component = DurationComponent.parse(&scalars),
                let (componentSeconds, componentNanos) = component.secondsAndNanos()
            else { return invalid }
            let (sum, overflow) = seconds.addingReportingOverflow(componentSeconds)
            guard !overflow else { return .fail(.outOfRange("duration \(ValueFormat.quoted(text))")) }
            seconds = sum
            nanos += componentNanos
            if nanos >= 1_000_000_000 {
                nanos -= 1_000_000_000
                let (carried, carryOverflow) = seconds.addingReportingOverflow(1)
                guard !carryOverflow else { return .fail(.outOfRange("duration \(ValueFormat.quoted(text))")) }
                seconds = carried
            }
        }
        let duration = negative
            ? Duration(seconds: -seconds, nanos: Int32(-nanos)) : Duration(seconds: seconds, nanos: Int32(nanos))
        guard let duration else { return .fail(.outOfRange("duration \(ValueFormat.quoted(text))")) }
        return .duration(duration)
    }
}

/// One `<number><unit>` component of a Go duration, such as `3.5s`.
private struct DurationComponent {
    /// The integer part.
    var whole: UInt64
    /// The fraction digits, at most 18 of them, as an integer; `scale` is 10^count.
    var fraction: UInt64
    var scale: UInt64
    /// The unit in nanoseconds.
    var unitNanos: UInt64

    /// Reads a component from the front of `scalars`, or nil when it is malformed.
    static func parse(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> DurationComponent? {
        var whole: UInt64 = 0
        var sawDigits = false
        var wholeOverflow = false
        while let scalar = scalars.first, let digit = digitValue(scalar) {
            let (scaled, o1) = whole.multipliedReportingOverflow(by: 10)
            let (sum, o2) = scaled.addingReportingOverflow(digit)
            wholeOverflow = wholeOverflow || o1 || o2
            whole = sum
            sawDigits = true
            scalars = scalars.dropFirst()
        }
        var fraction: UInt64 = 0
        var scale: UInt64 = 1
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            while let scalar = scalars.first, let digit = digitValue(scalar) {
                // Digits past the 18th are below a nanosecond even for hours; drop them.
                if scale < 1_000_000_000_000_000_000 {
                    fraction = fraction * 10 + digit
                    scale *= 10
                }
                sawDigits = true
                scalars = scalars.dropFirst()
            }
        }
        guard sawDigits, !wholeOverflow else { return nil }
        var unit = ""
        while let scalar = scalars.first, scalar != ".", digitValue(scalar) == nil {
            unit.unicodeScalars.append(scalar)
            scalars = scalars.dropFirst()
        }
        let unitNanos: UInt64
        switch unit {
        case "ns": unitNanos = 1
        case "us", "\u{00B5}s", "\u{03BC}s": unitNanos = 1_000
        case "ms": unitNanos = 1_000_000
        case "s": unitNanos = 1_000_000_000
        case "m": unitNanos = 60_000_000_000
        case "h": unitNanos = 3_600_000_000_000
        default: return nil
        }
        return DurationComponent(whole: whole, fraction: fraction, scale: scale, unitNanos: unitNanos)
    }

    /// The component as whole seconds and nanoseconds (0 ..< 10^9), or nil on overflow.
    func secondsAndNanos() -> (Int64, Int64)? {
        let nanosPerSecond: UInt64 = 1_000_000_000
        var seconds: UInt64
        var nanos: UInt64
        if unitNanos >= nanosPerSecond {
            let (product, overflow) = whole.multipliedReportingOverflow(by: unitNanos / nanosPerSecond)
            guard !overflow else { return nil }
            seconds = product
            nanos = 0
        } else {
            let perSecond = nanosPerSecond / unitNanos
            seconds = whole / perSecond
            nanos = (whole % perSecond) * unitNanos
        }
        // fraction / scale < 1, so fraction × unit / scale < unit fits in 64 bits.
        let wide = fraction.multipliedFullWidth(by: unitNanos)
        let fractionNanos = scale.dividingFullWidth(wide).quotient
        nanos += fractionNanos
        let (total, overflow) = seconds.addingReportingOverflow(nanos / nanosPerSecond)
        guard !overflow, total <= UInt64(Int64.max) else { return nil }
        seconds = total
        nanos %= nanosPerSecond
        return (Int64(seconds), Int64(nanos))
    }

    /// The value of an ASCII digit, or nil.
    private static func digitValue(_ scalar: Unicode.Scalar) -> UInt64? {
        guard scalar.value >= 48, scalar.value <= 57 else { return nil }
        return UInt64(scalar.value - 48)
    }
}

/// A cursor over ASCII text that reads fixed-width numbers and literal characters.
private struct DigitReader {
    let bytes: [UInt8]
    var position = 0

    /// A reader at the start of `bytes`.
    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    /// Reads exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int64? {
        guard position + digits <= bytes.count else { return nil }
        var value: Int64 = 0
        for byte in bytes[position..<(position + digits)] {
            guard Conversions.isASCIIDigit(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        position += digits
        return value
    }

    /// Reads one or more fraction digits as nanoseconds, ignoring digits past the ninth.
    mutating func fraction() -> Int64? {
        var nanos: Int64 = 0
        var count = 0
        while position < bytes.count, Conversions.isASCIIDigit(bytes[position]) {
            if count < 9 { nanos = nanos * 10 + Int64(bytes[position] - UInt8(ascii: "0")) }
            count += 1
            position += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 9) { nanos *= 10 }
        return nanos
    }

    /// Consumes `character` if it comes next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, UInt32(bytes[position]) == character.value else { return false }
        position += 1
        return true
    }
}
