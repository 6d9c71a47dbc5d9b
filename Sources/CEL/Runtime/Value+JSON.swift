import Diagnostics
import Foundation

extension Value {
    /// The value as JSON text: numbers as numbers (non-finite doubles as strings), bytes as
    /// base64, timestamps and durations in their string forms, maps as objects with string keys.
    public var jsonText: String {
        var writer = JSONWriter()
        writeJSON(into: &writer)
        return writer.text
    }

    /// Appends the value's JSON form (see ``jsonText``) to a writer.
    public func writeJSON(into writer: inout JSONWriter) {
        switch self {
        case .null: writer.raw("null")
        case .bool(let b): writer.bool(b)
        case .int(let i): writer.integer(i)
        case .uint(let u): writer.integer(u)
        case .double(let d):
            if !d.isFinite {
                writer.string(ValueFormat.double(d))
            } else if d == d.rounded(), abs(d) < 1e15 {
                writer.integer(Int64(d))
            } else {
                Value.writeJSONFraction(d, into: &writer)
            }
        case .string(let s): writer.string(s)
        case .bytes(let b): writer.string(Data(b).base64EncodedString())
        case .list(let l): writer.array(l) { $0.writeJSON(into: &$1) }
        case .map(let m):
            writer.byte(UInt8(ascii: "{"))
            for index in 0..<m.count {
                if case .string(let s) = m.keys[index] { writer.key(text: s, first: index == 0) } else {
                    writer.key(text: m.keys[index].debugText, first: index == 0)
                }
                m.values[index].writeJSON(into: &writer)
            }
            writer.byte(UInt8(ascii: "}"))
        case .type(let t): writer.string(t.runtimeName)
        case .timestamp(let t): writer.string(ValueFormat.timestamp(t))
        case .duration(let d): writer.string(ValueFormat.duration(d))
        case .optional(let o):
            if let o { o.writeJSON(into: &writer) } else { writer.raw("null") }
        case .error(let e):
            writer.byte(UInt8(ascii: "{"))
            writer.key("error", first: true)
            writer.string(e.description)
            writer.byte(UInt8(ascii: "}"))
        case .unknown(let u):
            writer.byte(UInt8(ascii: "{"))
            writer.key("unknown", first: true)
            writer.array(u.attributes) { $1.string($0) }
            writer.byte(UInt8(ascii: "}"))
        }
    }

    /// Decodes JSON text: integral numbers become ints, others doubles; objects become maps
    /// with string keys.
    public static func fromJSON(_ data: Data) throws -> Value {
        try JSONDecoder().decode(JSONValue.self, from: data).value
    }
}

/// A JSON document decoded into a ``Value``.
private struct JSONValue: Decodable {
    let value: Value

    init(from decoder: Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [Value] = []
            while !array.isAtEnd { values.append(try array.decode(JSONValue.self).value) }
            value = .list(values)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var entries: [(String, Value)] = []
            for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                entries.append((key.stringValue, try object.decode(JSONValue.self, forKey: key).value))
            }
            value = .map(MapValue(stringEntries: entries))
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            value = .null
        } else if let bool = try? single.decode(Bool.self) {
            value = .bool(bool)
        } else if let int = try? single.decode(Int64.self) {
            value = .int(int)
        } else if let double = try? single.decode(Double.self) {
            value = .double(double)
        } else {
            value = .string(try single.decode(String.self))
        }
    }
}

private struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
