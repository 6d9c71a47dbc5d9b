import Diagnostics
import Testing

@testable import CEL

/// Numbers in messages: the digit-by-digit writer gives what the general route (Swift's
/// shortest digits, then grouping) gives, for every language.
struct DisplayNumberTests {
    static let written: [Double] = [
        0, -0.0, 1, -1, 12.5, 145_000, 1_000, 999, 1234.5678, 0.0001, 0.00004, 0.00005, -0.00004, 2.6, 0.1 + 0.2,
        66_091.5, 99_999_999_999.9999, 1e10, 123_456_789.12345, -5_000.25, 17.6, 0.5, -0.5, 3.14159265,
    ]

    @Test(arguments: written)
    func writtenNumbersAgree(number: Double) {
        for language in [nil, Language.vi, Language.en] {
            #expect(ValueFormat.shortNumber(number, language: language)
                == ValueFormat.generalNumber(number, language: language), "\(number) in \(String(describing: language))")
        }
    }

    /// Twenty thousand numbers of every size below 10^11, with up to six decimals, from a fixed seed.
    @Test func generatedNumbersAgree() {
        var state: UInt64 = 157
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = Double(Int(state >> 60) % 11)
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let fraction = Double(state >> 11) / Double(1 << 53)
            let number = (fraction * 2 - 1) * pow10(magnitude)
            for language in [nil, Language.vi, Language.en] {
                let short = ValueFormat.shortNumber(number, language: language)
                if short != ValueFormat.generalNumber(number, language: language) {
                    disagreements.append("\(number) \(String(describing: language)): \(short ?? "nil")")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func largeNumbersAreLeftToTheGeneralRoute() {
        #expect(ValueFormat.shortNumber(1e11, language: .vi) == nil)
        #expect(ValueFormat.shortNumber(.infinity, language: nil) == nil)
        #expect(ValueFormat.display(.int(Int64.min), language: .vi) == "-9.223.372.036.854.775.808")
    }

    /// Values written into a JSON string in place are what escaping their display gives.
    @Test func valuesWrittenInPlaceAgreeWithTheirDisplay() {
        var values: [Value] = Self.written.map { .double($0) } + [
            .int(0), .int(-7), .int(1_234_567), .int(99_999_999_999), .int(100_000_000_000), .int(Int64.min),
            .double(.nan), .double(-.infinity), .double(1e20), .string("Lò \"vôi\"\n\\"), .string(""),
            .list([.int(1), .string("a")]), .bool(true), .null,
        ]
        values.append(.uint(42))
        for value in values {
            for language in [nil, Language.vi, Language.en] {
                var inPlace = JSONWriter()
                ValueFormat.writeDisplay(value, language: language, into: &inPlace)
                var escaped = JSONWriter()
                escaped.escaped(ValueFormat.display(value, language: language))
                #expect(inPlace.text == escaped.text, "\(value) in \(String(describing: language))")
            }
        }
    }

    /// Twenty thousand whole numbers of every size up to 10^11, written in place by their own
    /// route, against escaping their display.
    @Test func generatedWholeNumbersWrittenInPlaceAgree() {
        var state: UInt64 = 23
        var disagreements: [String] = []
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let digits = Int(state >> 59) % 12
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = Int64(truncatingIfNeeded: (state >> 1) % UInt64(pow10(Double(digits))))
            let value = Value.int(state & 1 == 0 ? magnitude : -magnitude)
            for language in [nil, Language.vi, Language.en] {
                var inPlace = JSONWriter()
                ValueFormat.writeDisplay(value, language: language, into: &inPlace)
                var escaped = JSONWriter()
                escaped.escaped(ValueFormat.display(value, language: language))
                if inPlace.text != escaped.text { disagreements.append("\(value) \(String(describing: language))") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    private func pow10(_ exponent: Double) -> Double {
        (0..<Int(exponent)).reduce(1.0) { value, _ in value * 10 }
    }
}
