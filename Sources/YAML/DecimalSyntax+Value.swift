extension DecimalSyntax {
    /// The value of `text` when it is a decimal number in this syntax, else nil, read in one
    /// pass without copying the text.
    ///
    /// A number of at most 2^53 written digits with a power of ten up to 22 either way is
    /// computed as one product or quotient of two exact doubles, so it is correctly rounded;
    /// any other number goes to the standard library's parser.
    public static func value(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { value(utf8: $0) }
    }

    /// The value of UTF-8 text when it is a decimal number in this syntax, else nil; see
    /// ``value(_:)``.
    public static func value(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let number = scan(bytes) else { return nil }
        if number.exact, number.mantissa <= 1 << 53, abs(number.exponent) <= 22 {
            let magnitude = number.exponent >= 0
                ? Double(number.mantissa) * powersOfTen[number.exponent]
                : Double(number.mantissa) / powersOfTen[-number.exponent]
            return number.negative ? -magnitude : magnitude
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The exact powers of ten as doubles.
    private static let powersOfTen: [Double] = (0...22).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// The digits of a decimal number as one integer and a power of ten; `exact` is false when
    /// the digits or the exponent do not fit.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>)
        -> (mantissa: UInt64, exponent: Int, negative: Bool, exact: Bool)?
    {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var exponent = 0
        var exact = true
        func digits(scale: Int) -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                let (times, overflowTimes) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, overflowSum) = times.addingReportingOverflow(UInt64(bytes[index] - UInt8(ascii: "0")))
                if overflowTimes || overflowSum { exact = false } else { mantissa = sum }
                exponent += scale
                index += 1
            }
            return index - start
        }
        let whole = digits(scale: 0)
        var fraction = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fraction = digits(scale: -1)
        }
        guard whole > 0 || fraction > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var sign = 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            let start = index
            var written = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                if written < 100_000 { written = written * 10 + Int(bytes[index] - UInt8(ascii: "0")) } else { exact = false }
                index += 1
            }
            guard index > start else { return nil }
            exponent += sign * written
        }
        guard index == bytes.count else { return nil }
        return (mantissa, exponent, negative, exact)
    }
}
