import CEL
import Foundation
import YAML

/// Reads the cells of a table column straight from their bytes, without making a string for
/// numbers, booleans and allowed values, when a cell plainly is a value of its field's kind.
///
/// Any other cell (empty, padded with spaces, a wrong or out-of-range value) gives nil and
/// takes ``FieldConversion/convert(cell:)``, so results and problems are the same either way.
/// It holds only what reading needs, so a read copies little.
struct CellReading: Sendable {
    private let kind: FieldKind
    private let minimum: Double?
    private let maximum: Double?
    private let isOpen: Bool
    /// The UTF-8 bytes of each allowed value of an enum or list field, or of each lowercase
    /// spelling of a boolean.
    private let spellings: [[UInt8]]
    /// The value of each of ``spellings`` of an enum or list field.
    private let spelledValues: [Value]
    /// The value of each of ``spellings`` of a boolean (a `Bool` makes a value without a copy).
    private let spelledBools: [Bool]

    /// A reading for the cells of a column of `field`, made once per column.
    init(field: FieldSchema) {
        kind = field.kind
        minimum = field.minimum
        maximum = field.maximum
        isOpen = field.isOpen
        switch field.kind {
        case .enum, .list:
            spellings = field.values.map { Array($0.utf8) }
            spelledValues = field.values.map(Value.string)
            spelledBools = []
        case .bool:
            spellings = FieldConversion.orderedBoolSpellings.map { Array($0.text.utf8) }
            spelledValues = []
            spelledBools = FieldConversion.orderedBoolSpellings.map(\.value)
        case .string, .number, .integer:
            spellings = []
            spelledValues = []
            spelledBools = []
        }
    }

    /// The value of a cell with no surrounding spaces that is plainly of the field's kind.
    func plainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let first = bytes.first, let last = bytes.last, !CellText.isSpace(first), !CellText.isSpace(last)
        else { return nil }
        switch kind {
        case .string:
            return .string(String(decoding: bytes, as: UTF8.self))
        case .enum:
            return spelled(bytes)
        case .bool:
            return spellingIndex(bytes).map { .bool(spelledBools[$0]) }
        case .number:
            guard let number = Self.shortDecimal(bytes) ?? DecimalSyntax.value(utf8: bytes), number.isFinite,
                  isWithinBounds(number)
            else {
                return nil
            }
            return .double(number)
        case .integer:
            guard let number = Self.integer(bytes), isWithinBounds(Double(number)) else { return nil }
            return .int(number)
        case .list:
            return plainList(bytes)
        }
    }

    private func isWithinBounds(_ number: Double) -> Bool {
        FieldConversion.isWithin(number, minimum: minimum, maximum: maximum)
    }

    /// The value whose spelling the bytes are, if any.
    private func spelled(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        spellingIndex(bytes).map { spelledValues[$0] }
    }

    /// The position of the spelling the bytes are, if any.
    private func spellingIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        spellings.firstIndex { Self.same($0, bytes) }
    }

    /// A list cell whose `;`-separated parts are read the same from bytes as from text: each
    /// `;` between ASCII bytes (so no character joins it), no `;` (U+037E, which equals `;` as
    /// a character), each part unpadded or padded with spaces around printable ASCII (so
    /// trimming takes just the spaces), and each tag one of the field's values byte for byte
    /// unless the list is open.
    private func plainList(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        if zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0xCD && $1 == 0xBE }) { return nil }
        var tags: [Value] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: ";") { end += 1 }
            if end < bytes.count, end > 0, bytes[end - 1] >= 0x80 { return nil }
            if end + 1 < bytes.count, bytes[end + 1] >= 0x80 { return nil }
            var first = start
            var last = end
            while first < last, CellText.isSpace(bytes[first]) { first += 1 }
            while last > first, CellText.isSpace(bytes[last - 1]) { last -= 1 }
            if first < last {
                if first > start || last < end {
                    guard Self.isPrintableASCII(bytes[first]), Self.isPrintableASCII(bytes[last - 1]) else { return nil }
                }
                let part = UnsafeBufferPointer(rebasing: bytes[first..<last])
                if isOpen {
                    tags.append(.string(String(decoding: part, as: UTF8.self)))
                } else {
                    guard let tag = spelled(part) else { return nil }
                    tags.append(tag)
                }
            }
            start = end + 1
        }
        return .list(tags)
    }

    /// The value of `digits` or `digits.digits`, with at most 15 digits in all, computed as
    /// ``DecimalSyntax/value(utf8:)`` computes it (the digits as one exact integer, divided by an
    /// exact power of ten), without its general scan; nil for any other text.
    private static func shortDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.count <= 16, let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        // At most 16 bytes, so the mantissa stays below 10^16 and cannot overflow.
        var mantissa: UInt64 = 0
        var index = 0
        while index < count, case let digit = base[index] &- UInt8(ascii: "0"), digit < 10 {
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index += 1
        }
        if index == count { return count <= 15 ? Double(mantissa) : nil }
        guard index > 0, base[index] == UInt8(ascii: "."), index + 1 < count else { return nil }
        index += 1
        var scale = 1.0
        while index < count, case let digit = base[index] &- UInt8(ascii: "0"), digit < 10 {
            mantissa = mantissa &* 10 &+ UInt64(digit)
            scale *= 10
            index += 1
        }
        return index == count ? Double(mantissa) / scale : nil
    }

    /// Whether a byte is a visible ASCII character (never trimmed as white space).
    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Whether two byte sequences are equal.
    private static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count, let base = b.baseAddress else { return a.count == b.count }
        return memcmp(a, base, a.count) == 0
    }

    /// An optional sign and decimal digits that fit in 64 bits.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count else { return nil }
        var value: Int64 = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowNext) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflowTimes, !overflowNext else { return nil }
            value = next
            index += 1
        }
        return value
    }
}
