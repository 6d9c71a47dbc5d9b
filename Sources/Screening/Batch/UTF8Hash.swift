/// A 64-bit FNV-1a hash of text by its exact UTF-8 bytes (so two spellings of one character,
/// composed and decomposed, hash apart), read straight from the string's storage.
enum UTF8Hash {
    /// The hash of `text`'s UTF-8 bytes.
    static func of(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { of($0) }
    }

    /// The hash of `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            // FNV's multiplication is defined modulo 2^64.
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
