import Diagnostics

extension Value {
    /// Appends a finite double that is not written as an integer, as Swift's `description` writes it: digit by
    /// digit when it has at most four decimals and is below 10^11 in size, else through
    /// `description`.
    static func writeJSONFraction(_ number: Double, into writer: inout JSONWriter) {
        if let layout = ShortNumberLayout(number, language: nil), layout.isShortestForm(of: number) {
            writer.write(reserving: layout.length) { layout.write(into: $0) }
        } else {
            writer.raw("\(number)")
        }
    }
}

extension ShortNumberLayout {
    /// The powers of ten a layout's decimals divide by.
    private static let decimalScales: [Double] = [1, 10, 100, 1_000, 10_000]

    /// Whether the layout (made without a language) is the shortest decimal that reads back
    /// as `number`, so that it is what `description` writes (numbers of this size in plain
    /// decimal notation, as `JSONDoubleTests` checks on many values).
    ///
    /// The digits read back as `number` when dividing them, as a whole number, by the power
    /// of ten of their decimals gives `number` exactly (both are exact doubles, and the
    /// division rounds correctly). Below 10^11 two numbers of four decimals are further apart
    /// than any two neighbouring doubles, so no other decimal of as few digits reads back too,
    /// and trimming trailing zeros left the fewest decimals.
    func isShortestForm(of number: Double) -> Bool {
        guard fractionDigits > 0, !grouped, fractionDigits < Self.decimalScales.count else { return false }
        let scale = Self.decimalScales[fractionDigits]
        // `whole` is below 10^11 and `fraction` below 10^4, so the digits stay below 10^15.
        let digits = Double(whole) * scale + Double(fraction)
        return (negative ? -digits : digits) / scale == number
    }
}
