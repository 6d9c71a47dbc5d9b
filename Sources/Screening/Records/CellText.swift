import Foundation

/// Text as it comes from a table cell or a record's field.
public enum CellText {
    /// The text without surrounding spaces, tabs and line breaks (no copy when there are none).
    public static func trimmed(_ text: String) -> String {
        var copy = text
        let padded = copy.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return isSpace(first) || isSpace(last)
        }
        if !padded { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether a byte is a space, a tab or a line break.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
