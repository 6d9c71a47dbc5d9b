import Diagnostics
import Foundation

extension Value {
    /// The value as JSON text: numbers as numbers (non-finite doubles as strings), bytes as
    /// base64, timestamps and durations in their string forms, maps as objects with string keys.
    public var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return String(u)
        case .double(let d):
            guard d.isFinite else { return JSONText.quote(ValueFormat.double(d)) }
            let text = ValueFormat.double(d)
            return text.contains("e") ? "\(d)" : text
        case .string(let s): return JSONText.quote(s)
        case .bytes(let b): return JSONText.quote(Data(b).base64EncodedString())
        case .list(let l): return "[" + l.map(\.jsonText).joined(separator: ", ") + "]"
        case .map(let m):
            let entries = zip(m.keys, m.values).map { key, value -> String in
                let name: String
                if case .string(let s) = key { name = s } else { name = key.debugText }
                return JSONText.quote(name) + ": " + value.jsonText
            }
            return "{" + entries.joined(separator: ", ") + "}"
        case .type(let t): return JSONText.quote(t.runtimeName)
        case .timestamp(let t): return JSONText.quote(ValueFormat.timestamp(t))
        case .duration(let d): return JSONText.quote(ValueFormat.duration(d))
        case .optional(let o): return o?.jsonText ?? "null"
        case .error(let e): return "{\"error\": \(JSONText.quote(e.description))}"
        case .unknown(let u): return "{\"unknown\": [" + u.attributes.map(JSONText.quote).joined(separator: ", ") + "]}"
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
