import Diagnostics
import Foundation
import Testing

@testable import CEL

/// Non-integral doubles in JSON: the digit-by-digit path writes what Swift's `description` writes.
struct JSONDoubleTests {
    /// What the JSON of a non-integral finite double must be.
    static func expected(_ number: Double) -> String { "\(number)" }

    static func disagreements(_ numbers: some Sequence<Double>) -> [String] {
        var found: [String] = []
        for number in numbers where number.isFinite && number != number.rounded() {
            let written = Value.double(number).jsonText
            if written != expected(number) { found.append("\(expected(number)) written as \(written)") }
        }
        return found
    }

    /// The digit-by-digit path is taken where it should be, and not where it must not be
    /// (the comparisons above would pass through `description` alone).
    @Test func shortDecimalsTakeTheDigitPath() {
        for number in [0.1, -0.5, 12.5, 1234.5678, 99_999_999_999.9999, 0.0001] {
            #expect(ShortNumberLayout(number, language: nil)?.isShortestForm(of: number) == true, "\(number)")
        }
        for number in [0.00015, 1.0 / 3.0, 0.1 + 0.2, 0.00005] {
            #expect(ShortNumberLayout(number, language: nil)?.isShortestForm(of: number) != true, "\(number)")
        }
    }

    @Test func edgeCases() {
        let numbers: [Double] = [
            0.1, -0.1, 0.5, -0.5, 0.25, 0.0001, -0.0001, 0.00011, 0.00015, 0.00005, 0.00004999, 0.000049, 1e-5,
            1e-10, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 12.5, 1234.5678, 99_999_999_999.9999, 99_999_999_999.5,
            99_999_999_999.99, 1e11 - 0.5, 1e11 + 0.5, -99_999_999_999.9999, 1e12 + 0.25, 4_503_599_627_370_495.5,
            3.14159265, 0.30000000000000004, 66_091.5, 0.9999, 0.99995, 9.9999, 1.0001, -1.0001, 1e-4 * 3,
            Double.leastNonzeroMagnitude, Double.ulpOfOne, 1 + Double.ulpOfOne, 0.1.nextUp, 0.1.nextDown,
        ]
        let found = Self.disagreements(numbers)
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    /// Every number of up to four decimals in steps, from small to near 10^11, both signs.
    @Test func decimalSteps() {
        var numbers: [Double] = []
        for n in 1..<20_000 {
            for scale in [10.0, 100, 1_000, 10_000] {
                numbers.append(Double(n) / scale)
                numbers.append(-Double(n) / scale)
            }
            numbers.append(Double(n) * 0.1)
            numbers.append(Double(n) * 0.0001)
        }
        for n in 0..<20_000 {
            numbers.append(99_999_999_999.9999 - Double(n) * 0.0001)
            numbers.append(1e10 + Double(n) / 10_000)
            numbers.append(Double(n) + 0.5)
        }
        let found = Self.disagreements(numbers)
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    /// Random numbers of every size, with up to six decimals and with all their bits, from a fixed seed.
    @Test func randomNumbers() {
        var state: UInt64 = 157
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
        var numbers: [Double] = []
        for _ in 0..<300_000 {
            let magnitude = Double(Int(next() >> 59) % 14) - 2
            let fraction = Double(next() >> 11) / Double(1 << 53)
            let number = (fraction * 2 - 1) * pow(10, magnitude)
            numbers.append(number)
            let decimals = Double(Int(next() >> 61) % 7)
            let scale = pow(10, decimals)
            numbers.append((number * scale).rounded() / scale)
            numbers.append(Double(bitPattern: next()))
        }
        let found = Self.disagreements(numbers)
        #expect(found.isEmpty, "\(found.prefix(10))")
    }

    @Test func otherNumbersKeepTheirForms() {
        #expect(Value.double(2).jsonText == "2")
        #expect(Value.double(-0.0).jsonText == "0")
        #expect(Value.double(.infinity).jsonText == "\"+Infinity\"")
        #expect(Value.double(1e20).jsonText == "1e+20")
    }
}
