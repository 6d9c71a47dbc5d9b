import CEL

extension FieldConversion {
    /// The value of a table cell's UTF-8 bytes by the general route: ``convert(_:)`` of the
    /// cell's trimmed text.
    mutating func convert(cell bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        convert(.text(CellText.trimmed(String(decoding: bytes, as: UTF8.self))))
    }
}
