/// The bytes that XML markup is made of, for `XLSXXMLScanner`.
enum XLSXByte {
    static let tab = UInt8(ascii: "\t")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let bang = UInt8(ascii: "!")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let amp = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let dash = UInt8(ascii: "-")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let lt = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let gt = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let leftBracket = UInt8(ascii: "[")
    static let rightBracket = UInt8(ascii: "]")
    static let piEnd = Array("?>".utf8)
    static let commentEnd = Array("-->".utf8)
    static let cdataStart = Array("[CDATA[".utf8)
    static let cdataEnd = Array("]]>".utf8)

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lf || byte == cr
    }

    /// Whether `byte` ends a name: whitespace or a markup delimiter.
    static func endsName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == slash || byte == gt || byte == equals || byte == lt
            || byte == quote || byte == apostrophe
    }

    /// Whether `byte` can be part of an entity name or a character reference.
    static func isEntityByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == hash
    }
}
