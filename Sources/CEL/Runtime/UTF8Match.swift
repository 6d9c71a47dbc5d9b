import Foundation

/// Byte-for-byte string matching against constants, without copying the string.
enum UTF8Match {
    /// Whether `text`'s UTF-8 bytes are exactly `bytes` (CEL compares strings by code points).
    @inline(__always)
    static func equals(_ text: String, _ bytes: [UInt8]) -> Bool {
        let utf8 = text.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { stored in
            bytes.withUnsafeBufferPointer { constant in
                guard let a = stored.baseAddress, let b = constant.baseAddress else { return true }
                return memcmp(a, b, constant.count) == 0
            }
        } ?? utf8.elementsEqual(bytes)
    }
}
