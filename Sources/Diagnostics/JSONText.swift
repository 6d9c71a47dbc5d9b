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
///
/// The buffer is owned by the writer alone (the writer cannot be copied), so appending is a
/// capacity check and a store, inlined into the caller, with no copy-on-write check.
public struct JSONWriter: ~Copyable, @unchecked Sendable {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var written = 0
    @usableFromInline var capacity: Int

    /// An empty writer.
    public init() {
        capacity = 256
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// The number of bytes written.
    public var count: Int { written }

    /// The bytes written so far.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: written)) }

    /// Calls `body` with the bytes written so far.
    public func withUnsafeBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try body(UnsafeRawBufferPointer(start: base, count: written))
    }

    /// The bytes written so far, as text.
    public var text: String { String(decoding: UnsafeBufferPointer(start: base, count: written), as: UTF8.self) }

    /// Drops everything written, keeping the buffer's capacity.
    public mutating func removeAll() { written = 0 }

    /// Makes room for `extra` more bytes.
    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if extra > capacity &- written { grow(extra) }
    }

    @usableFromInline
    mutating func grow(_ extra: Int) {
        let (needed, overflow) = written.addingReportingOverflow(extra)
        precondition(!overflow, "JSON output too large")
        let newCapacity = max(needed, capacity > Int.max / 2 ? needed : capacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: base, count: written)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// Appends bytes as they are.
    @inlinable
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count)
        (base + written).update(from: source, count: buffer.count)
        written &+= buffer.count
    }

    /// Appends again the bytes already written at `range` (which must lie within ``count``).
    public mutating func repeatBytes(in range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= written, "range outside the bytes written")
        reserve(range.count)
        (base + written).update(from: base + range.lowerBound, count: range.count)
        written &+= range.count
    }

    /// Appends bytes that `body` writes in place: it gets room for `count` bytes and returns
    /// how many it wrote (at most `count`).
    public mutating func write(reserving count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        reserve(count)
        let wrote = body(UnsafeMutableBufferPointer(start: base + written, count: count))
        written += min(max(wrote, 0), count)
    }

    /// Appends bytes as they are (already valid JSON, or separators).
    public mutating func raw(_ text: String) {
        var copy = text
        copy.withUTF8 { append($0) }
    }

    /// Appends bytes that are already JSON.
    @inlinable
    public mutating func raw(_ json: [UInt8]) { json.withUnsafeBufferPointer { append($0) } }

    /// Appends a literal that is already JSON, as it is.
    @inlinable
    public mutating func literal(_ json: StaticString) {
        json.withUTF8Buffer { append($0) }
    }

    /// Appends bytes that are already JSON, from a buffer.
    @inlinable
    public mutating func raw(_ json: UnsafeBufferPointer<UInt8>) { append(json) }

    /// Appends one byte (`{`, `,`, …).
    @inlinable @inline(__always)
    public mutating func byte(_ value: UInt8) {
        reserve(1)
        base[written] = value
        written &+= 1
    }

    /// Appends a JSON string literal.
    public mutating func string(_ text: String) {
        byte(UInt8(ascii: "\""))
        escaped(text)
        byte(UInt8(ascii: "\""))
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
                    append(UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                    escape(utf8[offset])
                    start = offset + 1
                }
                index += 8
            }
            for offset in index..<utf8.count where Self.needsEscape(utf8[offset]) {
                append(UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                escape(utf8[offset])
                start = offset + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
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

    private mutating func escape(_ value: UInt8) {
        byte(UInt8(ascii: "\\"))
        switch value {
        case UInt8(ascii: "\""): byte(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): byte(UInt8(ascii: "\\"))
        case UInt8(ascii: "\n"): byte(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): byte(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): byte(UInt8(ascii: "t"))
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            raw([UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(value >> 4)], hex[Int(value & 0xF)]])
        }
    }

    /// Appends `"key":` (after a comma unless `first`).
    public mutating func key(text name: String, first: Bool = false) {
        if !first { byte(UInt8(ascii: ",")) }
        string(name)
        byte(UInt8(ascii: ":"))
    }

    /// Appends `"key":` for a key written in the source, which needs no escaping.
    @inlinable @inline(__always)
    public mutating func key(_ name: StaticString, first: Bool = false) {
        reserve(name.utf8CodeUnitCount &+ 4)
        if !first { byte(UInt8(ascii: ",")) }
        byte(UInt8(ascii: "\""))
        name.withUTF8Buffer { append($0) }
        byte(UInt8(ascii: "\""))
        byte(UInt8(ascii: ":"))
    }

    /// Appends a whole number.
    public mutating func integer(_ value: Int) { integer(Int64(value)) }

    /// Appends a whole number.
    public mutating func integer(_ value: Int64) {
        if value < 0 { byte(UInt8(ascii: "-")) }
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
        reserve(digitCount)
        var rest = value
        var index = written + digitCount - 1
        base[index] = UInt8(ascii: "0")
        while rest > 0 {
            base[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
        }
        written += digitCount
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
        literal.withUTF8Buffer { append($0) }
    }
}
