/// Helpers for writing JSON text by hand, without an encoder.
public enum JSONText {
    /// A JSON string literal for `text`, escaping quotes, backslashes and control characters.
    public static func quote(_ text: String) -> String {
        var writer = JSONWriter()
        writer.string(text)
        return writer.text
    }
}

/// Writes JSON as UTF-8 bytes into a growing buffer, with no intermediate strings.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty writer.
    public init() {}

    /// The bytes written so far, as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Drops everything written, keeping the buffer's capacity.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends bytes as they are (already valid JSON, or separators).
    public mutating func raw(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes that are already JSON.
    public mutating func raw(_ json: [UInt8]) { bytes.append(contentsOf: json) }

    /// Appends one byte (`{`, `,`, …).
    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Appends a JSON string literal.
    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        escaped(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` escaped for the inside of a JSON string literal.
    public mutating func escaped(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ escaped(utf8: $0) }) == nil {
            var copy = text
            copy.withUTF8 { escaped(utf8: $0) }
        }
    }

    /// Appends UTF-8 text escaped for the inside of a JSON string literal.
    private mutating func escaped(utf8: UnsafeBufferPointer<UInt8>) {
            guard let base = utf8.baseAddress else { return }
            bytes.reserveCapacity(bytes.count + utf8.count + 8)
            var start = 0
            var index = 0
            // Eight bytes at a time while none of them needs escaping.
            while index + 8 <= utf8.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if !Self.mayNeedEscape(word) {
                    index += 8
                    continue
                }
                for offset in index..<index + 8 where Self.needsEscape(utf8[offset]) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                    escape(utf8[offset])
                    start = offset + 1
                }
                index += 8
            }
            for offset in index..<utf8.count where Self.needsEscape(utf8[offset]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                escape(utf8[offset])
                start = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
    }

    /// Whether a byte must be escaped inside a JSON string: a control character, `"` or `\`.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of eight bytes may need escaping (never false when one does): a byte
    /// below 0x20, or one equal to `"` or `\`, by the usual word-at-a-time tests.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeros = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
        return below | zeros != 0
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// Appends `"key":` (after a comma unless `first`).
    public mutating func key(_ name: String, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        string(name)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends `"key":` for a key written in the source, which needs no escaping.
    public mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends a whole number.
    public mutating func integer(_ value: Int) { integer(Int64(value)) }

    /// Appends a whole number.
    public mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        integer(value.magnitude)
    }

    /// Appends a whole number, its digits written in place without a temporary buffer.
    public mutating func integer(_ value: UInt64) {
        var digitCount = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            digitCount += 1
        }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digitCount))
        bytes.withUnsafeMutableBufferPointer { buffer in
            var rest = value
            var index = start + digitCount - 1
            while rest > 0 {
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                index -= 1
            }
        }
    }

    /// Appends `[item,item,…]`, each item written by `body`.
    ///
    /// Inlinable, so that each caller gets a copy specialised for its items and closure.
    @inlinable
    public mutating func array<T>(_ items: [T], _ body: (T, inout JSONWriter) -> Void) {
        byte(UInt8(ascii: "["))
        for index in items.indices {
            if index > items.startIndex { byte(UInt8(ascii: ",")) }
            body(items[index], &self)
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends `true` or `false`.
    public mutating func bool(_ value: Bool) {
        let literal: StaticString = value ? "true" : "false"
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
