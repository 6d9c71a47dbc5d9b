import Diagnostics
import Foundation
import Testing

/// The JSON writer's output read back by Foundation's parser gives the values written.
struct JSONWriterTests {
    /// Characters that must be escaped, and ones that must not, placed at every offset of a
    /// 20-byte string so that each falls in every lane of the eight-byte scan and in the tail.
    static let specials: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}", "ấ", "“", " ", "~"]

    @Test(arguments: specials)
    func stringsRoundTripWithTheSpecialAtEveryOffset(special: String) throws {
        for offset in 0...20 {
            let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 20 - offset)
            var writer = JSONWriter()
            writer.string(text)
            let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: [.fragmentsAllowed])
            #expect(decoded as? String == text, "offset \(offset): \(writer.text)")
        }
    }

    @Test(arguments: [Int64.min, -1_000_000, -1, 0, 7, 10, 99, 1_000, Int64.max])
    func signedIntegersAreWrittenInFull(value: Int64) {
        var writer = JSONWriter()
        writer.integer(value)
        #expect(writer.text == String(value))
    }

    @Test(arguments: [UInt64(0), 9, 10, 18_446_744_073_709_551_615])
    func unsignedIntegersAreWrittenInFull(value: UInt64) {
        var writer = JSONWriter()
        writer.integer(value)
        #expect(writer.text == String(value))
    }

    @Test func booleansAndKeys() {
        var writer = JSONWriter()
        writer.byte(UInt8(ascii: "{"))
        writer.key("a", first: true)
        writer.bool(true)
        writer.key(text: "b\"")
        writer.bool(false)
        writer.byte(UInt8(ascii: "}"))
        #expect(writer.text == #"{"a":true,"b\"":false}"#)
    }

    @Test func arraysSeparateTheirItems() {
        var writer = JSONWriter()
        writer.array([Int]()) { $1.integer($0) }
        writer.array([1, 22, 333]) { $1.integer($0) }
        writer.array(["a"]) { $1.string($0) }
        #expect(writer.text == #"[][1,22,333]["a"]"#)
    }
}
