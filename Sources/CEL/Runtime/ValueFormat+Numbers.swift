import Diagnostics

extension ValueFormat {
    /// A number below 10^11 in size as ``display(_:language:)`` shows it (at most four
    /// decimals, the language's separators), written digit by digit; nil for other numbers.
    static func shortNumber(_ number: Double, language: Language?) -> String? {
        guard number.isFinite, abs(number) < 1e11 else { return nil }
        let scaled = Int64((number * 10_000).rounded())
        let whole = scaled.magnitude / 10_000
        var fraction = scaled.magnitude % 10_000
        var fractionDigits = 4
        while fractionDigits > 0, fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        var wholeDigits = 1
        var probe = whole
        while probe >= 10 {
            probe /= 10
            wholeDigits += 1
        }
        let grouped = language != nil && (wholeDigits > 3 || fractionDigits > 0)
        let thousands = language == .vi ? UInt8(ascii: ".") : UInt8(ascii: ",")
        let decimalMark = language == .vi ? UInt8(ascii: ",") : UInt8(ascii: ".")
        let separators = grouped ? (wholeDigits - 1) / 3 : 0
        let length = (scaled < 0 ? 1 : 0) + wholeDigits + separators + (fractionDigits > 0 ? fractionDigits + 1 : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            if scaled < 0 {
                buffer[0] = UInt8(ascii: "-")
                index = 1
            }
            var end = index + wholeDigits + separators
            var rest = whole
            var written = 0
            repeat {
                if grouped, written > 0, written % 3 == 0 {
                    end -= 1
                    buffer[end] = thousands
                }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                written += 1
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
}
