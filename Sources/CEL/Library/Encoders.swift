import CELSyntax

/// The encoders extension (cel-go `ext.Encoders`): `base64.encode(bytes)` and
/// `base64.decode(string)`, standard alphabet; decoding accepts text with or without padding.
enum Encoders {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The value of each base64 character, or -1.
    private static let decodeTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
        return table
    }()

    /// Adds `base64.encode` and `base64.decode` to `library`.
    static func register(in library: inout FunctionLibrary) {
        library.add("base64.encode", [.global("base64_encode_bytes", [.bytes], .string)], .unary { value in
            guard case .bytes(let bytes) = value else { return noSuchOverload("base64.encode", value) }
            return .string(encode(bytes))
        })
        library.add("base64.decode", [.global("base64_decode_string", [.string], .bytes)], .unary { value in
            guard case .string(let text) = value else { return noSuchOverload("base64.decode", value) }
            guard let bytes = decode(text) else {
                return .fail(.invalidArgument("base64.decode: \(ValueFormat.quoted(text)) is not valid base64"))
            }
            return .bytes(bytes)
        })
    }

    /// Standard base64 with `=` padding.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let b0 = UInt32(bytes[index])
            let b1 = remaining > 1 ? UInt32(bytes[index + 1]) : 0
            let b2 = remaining > 2 ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(group >> 18 & 0x3F)])
            out.append(alphabet[Int(group >> 12 & 0x3F)])
            out.append(remaining > 1 ? alphabet[Int(group >> 6 & 0x3F)] : UInt8(ascii: "="))
            out.append(remaining > 2 ? alphabet[Int(group & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes standard base64, padded or not; nil for any other text. As in Go's (non-strict)
    /// decoder, unused low bits of the last symbol are ignored.
    static func decode(_ text: String) -> [UInt8]? {
        // Like Go's decoder, ignore line breaks.
        var symbols = text.utf8.filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        if symbols.count % 4 == 0 {
            // Padded form: at most two trailing '=' characters.
            var padding = 0
            while padding < 2, symbols.last == UInt8(ascii: "=") {
                symbols.removeLast()
                padding += 1
            }
        }
        guard symbols.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(symbols.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for symbol in symbols {
            let value = decodeTable[Int(symbol)]
            guard value >= 0 else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return out
    }
}
