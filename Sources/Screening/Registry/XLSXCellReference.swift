/// A1-style cell references of spreadsheets: column letters and row numbers.
enum XLSXCellReference {
    /// The number of columns of a worksheet (A … XFD).
    static let maxColumns = 16_384
    /// The number of rows of a worksheet.
    static let maxRows = 1_048_576

    /// The letters of the 0-based `column` (0 → A, 25 → Z, 26 → AA), or nil outside a worksheet.
    static func letters(ofColumn column: Int) -> String? {
        guard column >= 0, column < maxColumns else { return nil }
        var scalars: [Unicode.Scalar] = []
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + digit)))
            rest = (rest - 1) / 26
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars.reversed())
        return text
    }

    /// The reference of a cell, such as `B7`, from a 0-based column and a 1-based row.
    static func name(column: Int, row: Int) -> String {
        (letters(ofColumn: column) ?? "?") + String(row)
    }

    /// The 0-based column of a reference such as `AB12` or `ab12`, or nil when it is not one.
    ///
    /// The letters must be followed by an optional row number and nothing else, and the column
    /// must lie inside a worksheet.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        var digits = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0 else { return nil }
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, column <= maxColumns else { return nil }
        return column - 1
    }
}
