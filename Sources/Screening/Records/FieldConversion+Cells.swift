import CEL
import Foundation
import YAML

extension FieldConversion {
    /// The value of a table cell's UTF-8 bytes, as ``convert(_:)`` gives it for the cell's
    /// trimmed text, without making a string for numbers, booleans and allowed values.
    ///
    /// Only a cell that plainly is a value of the field's kind is read from its bytes; any
    /// other (padded with spaces, a list, a wrong or out-of-range value) takes the general
    /// route, so results and problems are the same either way.
    mutating func convert(cell bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        if bytes.isEmpty { return nil }
        if let value = plainValue(bytes) { return value }
        return convert(.text(CellText.trimmed(String(decoding: bytes, as: UTF8.self))))
    }

    /// The value of a cell with no surrounding spaces that is plainly of the field's kind.
    private func plainValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let first = bytes.first, let last = bytes.last, !CellText.isSpace(first), !CellText.isSpace(last)
        else { return nil }
        switch field.kind {
        case .string:
            return .string(String(decoding: bytes, as: UTF8.self))
        case .enum:
            return valueBytes.firstIndex { Self.same($0, bytes) }.map { .string(field.values[$0]) }
        case .number:
            guard let number = DecimalSyntax.value(utf8: bytes), number.isFinite, isWithinBounds(number) else {
                return nil
            }
            return .double(number)
        case .integer:
            guard let number = Self.integer(bytes), isWithinBounds(Double(number)) else { return nil }
            return .int(number)
        case .bool:
            return Self.plainBools.first { Self.same($0.bytes, bytes) }.map { .bool($0.value) }
        case .list:
            return nil
        }
    }

    /// The accepted spellings of booleans as bytes, lowercased; others take the general route.
    private static let plainBools: [(bytes: [UInt8], value: Bool)] = boolSpellings.map { (Array($0.key.utf8), $0.value) }

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
