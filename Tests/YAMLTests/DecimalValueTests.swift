import Testing
import YAML

/// ``DecimalSyntax/value(_:)`` gives, bit for bit, what checking the syntax and then asking
/// the standard library's parser gives.
struct DecimalValueTests {
    static let written: [String] = [
        "0", "-0", "+0", "0.1", "4.35", ".5", "5.", "-.5e3", "1e22", "1e23", "1e-22", "1e-23", "2400", "145000.5",
        "9007199254740992", "9007199254740993", "123456789012345678901234", "18446744073709551616", "1e400",
        "1e-400", "1e99999999999", "0.000000000000000000000000001", "12,5", "1.2.3", "e5", ".", "-", "", " 1", "1 ",
        "1e", "1e+", "0x10", "inf", "nan", "1_000",
    ]

    /// What the slower route gives: the syntax, then `Double(text)`.
    static func reference(_ text: String) -> Double? {
        DecimalSyntax.matches(Array(text.utf8)) ? Double(text) : nil
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?): return x.bitPattern == y.bitPattern
        default: return false
        }
    }

    @Test(arguments: written)
    func writtenCasesAgree(text: String) {
        #expect(Self.same(DecimalSyntax.value(text), Self.reference(text)), "`\(text)`")
    }

    /// Ten thousand strings over the syntax's alphabet, from a fixed seed.
    @Test func generatedCasesAgree() {
        let alphabet = Array("0123456789012345678901234.eE+-x")
        var state: UInt64 = 157
        var disagreements: [String] = []
        for _ in 0..<10_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 59) % 24
            var text = ""
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            if !Self.same(DecimalSyntax.value(text), Self.reference(text)) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }
}
