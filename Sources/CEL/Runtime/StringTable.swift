import Foundation

/// A constant set of strings matched byte for byte (CEL compares strings by code points):
/// scanned when small, else looked up in an open-addressed table keyed by an FNV-1a hash of
/// the UTF-8 bytes. The table is built once from constants, so its probe lengths are fixed
/// whatever is looked up.
struct StringTable: Sendable {
    /// The most strings scanned rather than hashed.
    static let scanLimit = 16

    /// The strings' UTF-8 bytes.
    private let strings: [[UInt8]]
    /// Per table position, the index in `strings` plus one, or 0 when free; empty when scanned.
    private let positions: [Int]

    init(_ strings: [[UInt8]]) {
        self.strings = strings
        guard strings.count > Self.scanLimit else {
            positions = []
            return
        }
        var size = 1
        while size < strings.count { size <<= 1 }
        size <<= 1
        var positions = [Int](repeating: 0, count: size)
        for (index, string) in strings.enumerated() {
            var position = Self.hash(string) & (size - 1)
            while positions[position] != 0 { position = (position + 1) & (size - 1) }
            positions[position] = index + 1
        }
        self.positions = positions
    }

    /// Whether `text` is one of the strings.
    @inline(__always)
    func contains(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        index(of: text) != nil
    }

    /// The index of `text` among the strings (the first, when repeated), or nil.
    @inline(__always)
    func index(of text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !positions.isEmpty else {
            for index in strings.indices where Self.equal(text, strings[index]) { return index }
            return nil
        }
        let mask = positions.count - 1
        var position = Self.hash(text) & mask
        while positions[position] != 0 {
            let index = positions[position] - 1
            if Self.equal(text, strings[index]) { return index }
            position = (position + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the bytes; the multiplication wraps by design.
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }

    @inline(__always)
    private static func equal(_ text: UnsafeBufferPointer<UInt8>, _ string: [UInt8]) -> Bool {
        guard text.count == string.count else { return false }
        guard let start = text.baseAddress else { return true }
        return memcmp(start, string, string.count) == 0
    }
}
