import Diagnostics

extension ValueFormat {
    /// A number below 10^11 in size as ``display(_:language:)`` shows it (at most four
    /// decimals, the language's separators), written digit by digit; nil for other numbers.
    static func shortNumber(_ number: Double, language: Language?) -> String? {
        guard let layout = ShortNumberLayout(number, language: language) else { return nil }
        return String(unsafeUninitializedCapacity: layout.length) { layout.write(into: $0) }
    }

    /// Appends a value to a JSON string's inside as ``display(_:language:)`` shows it, numbers
    /// written in place.
    public static func writeDisplay(_ value: Value, language: Language?, into writer: inout JSONWriter) {
        let layout: ShortNumberLayout?
        switch value {
        case .string(let s):
            writer.escaped(s)
            return
        case .int(let i) where i.magnitude < 100_000_000_000: layout = ShortNumberLayout(whole: i, language: language)
        case .double(let d): layout = ShortNumberLayout(d, language: language)
        default: layout = nil
        }
        if let layout {
            writer.write(reserving: layout.length) { layout.write(into: $0) }
        } else {
            writer.escaped(display(value, language: language))
        }
    }
}

/// How a short number is laid out: its digits, separators and decimals, measured once.
struct ShortNumberLayout {
    let negative: Bool
    let whole: UInt64
    let fraction: UInt64
    let wholeDigits: Int
    let fractionDigits: Int
    let grouped: Bool
    let thousands: UInt8
    let decimalMark: UInt8
    let separators: Int
    /// The number of bytes the number takes.
    let length: Int

    /// The layout of a finite number below 10^11 in size, rounded to four decimals; nil for others.
    @inline(__always)
    init?(_ number: Double, language: Language?) {
        guard number.isFinite, abs(number) < 1e11 else { return nil }
        let scaled = Self.roundedTenThousandths(number)
        var fraction = scaled.magnitude % 10_000
        var fractionDigits = fraction == 0 ? 0 : 4
        while fractionDigits > 0, fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        self.init(negative: scaled < 0, whole: scaled.magnitude / 10_000, fraction: fraction,
                  fractionDigits: fractionDigits, language: language)
    }

    /// The layout of a whole number below 10^11 in size: the same as that of the same number
    /// as a double.
    @inline(__always)
    init(whole value: Int64, language: Language?) {
        self.init(negative: value < 0, whole: value.magnitude, fraction: 0, fractionDigits: 0, language: language)
    }

    @inline(__always)
    private init(negative: Bool, whole: UInt64, fraction: UInt64, fractionDigits: Int, language: Language?) {
        self.negative = negative
        self.whole = whole
        self.fraction = fraction
        self.fractionDigits = fractionDigits
        // Counted by comparison with powers of ten, which stop below 10^19 (the largest that fits).
        var wholeDigits = 1
        var bound: UInt64 = 10
        while wholeDigits < 19, whole >= bound {
            bound &*= 10
            wholeDigits += 1
        }
        self.wholeDigits = wholeDigits
        grouped = language != nil && (wholeDigits > 3 || fractionDigits > 0)
        thousands = language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ",")
        decimalMark = language == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".")
        separators = grouped ? (wholeDigits - 1) / 3 : 0
        length = (negative ? 1 : 0) + wholeDigits + separators + (fractionDigits > 0 ? fractionDigits + 1 : 0)
    }

    /// `(number * 10_000).rounded()` (halves away from zero) for a number below 10^11 in size,
    /// without a call to the C library: the product is below 10^15, so truncating it and
    /// subtracting the truncation are exact.
    @inline(__always)
    private static func roundedTenThousandths(_ number: Double) -> Int64 {
        let product = number * 10_000
        let truncated = Int64(product)
        let rest = product - Double(truncated)
        if rest >= 0.5 { return truncated + 1 }
        if rest <= -0.5 { return truncated - 1 }
        return truncated
    }

    /// Writes the number at the start of `buffer` (at least ``length`` bytes); the bytes written.
    func write(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var index = 0
        if negative {
            buffer[0] = UInt8(ascii: "-")
            index = 1
        }
        var end = index + wholeDigits + separators
        var rest = whole
        var untilSeparator = separators > 0 ? 3 : -1
        repeat {
            if untilSeparator == 0 {
                end -= 1
                buffer[end] = thousands
                untilSeparator = 3
            }
            end -= 1
            buffer[end] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            untilSeparator -= 1
        } while rest > 0
        index += wholeDigits + separators
        if fractionDigits > 0 {
            buffer[index] = grouped ? decimalMark : UInt8(ascii: ".")
            var digits = fraction
            for position in stride(from: index + fractionDigits, to: index, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digits % 10)
                digits /= 10
            }
            index += fractionDigits + 1
        }
        return index
    }
}
