import CEL
import Foundation

/// Decodes the corpus's tagged values and proto-JSON types.
enum ConformanceValues {
    /// A VALUE object (`{"int": "1"}`, `{"list": [...]}`, …), or nil for forms not supported.
    static func value(_ raw: Any) -> Value? {
        guard let object = raw as? [String: Any], let (tag, payload) = object.first else { return nil }
        switch tag {
        case "null": return .null
        case "bool": return (payload as? Bool).map { .bool($0) }
        case "int": return (payload as? String).flatMap { Int64($0) }.map { .int($0) }
        case "uint": return (payload as? String).flatMap { UInt64($0) }.map { .uint($0) }
        case "double": return double(payload).map { .double($0) }
        case "string": return (payload as? String).map { .string($0) }
        case "bytes_b64":
            return (payload as? String).flatMap { Data(base64Encoded: $0) }.map { .bytes(Array($0)) }
        case "list":
            guard let items = payload as? [Any] else { return nil }
            var values: [Value] = []
            for item in items {
                guard let value = value(item) else { return nil }
                values.append(value)
            }
            return .list(values)
        case "map":
            guard let entries = payload as? [[Any]] else { return nil }
            var keys: [Value] = []
            var values: [Value] = []
            for entry in entries {
                guard entry.count == 2, let key = value(entry[0]), let item = value(entry[1]) else { return nil }
                keys.append(key)
                values.append(item)
            }
            guard case .success(let map) = MapValue.make(keys: keys, values: values) else { return nil }
            return .map(map)
        case "type":
            guard let name = payload as? String else { return nil }
            return .type(namedType(name))
        case "timestamp":
            guard let text = payload as? String else { return nil }
            return parseTimestamp(text).map { .timestamp($0) }
        case "duration":
            guard let text = payload as? String else { return nil }
            return parseDuration(text).map { .duration($0) }
        default:
            return nil
        }
    }

    private static func double(_ payload: Any) -> Double? {
        if let text = payload as? String {
            switch text {
            case "NaN": return .nan
            case "Infinity": return .infinity
            case "-Infinity": return -.infinity
            default: return Double(text)
            }
        }
        return (payload as? NSNumber)?.doubleValue
    }

    private static func namedType(_ name: String) -> CELType {
        TypeNames.type(named: name) ?? .message(name)
    }

    /// A `cel.expr.Type` in proto-JSON form.
    static func type(_ raw: Any?) -> CELType? {
        guard let object = raw as? [String: Any], let (tag, payload) = object.first else { return nil }
        switch tag {
        case "primitive":
            switch payload as? String {
            case "INT64": return .int
            case "UINT64": return .uint
            case "DOUBLE": return .double
            case "BOOL": return .bool
            case "STRING": return .string
            case "BYTES": return .bytes
            default: return nil
            }
        case "dyn": return .dyn
        case "null": return .null
        case "list_type":
            return .list(type((payload as? [String: Any])?["elem_type"]) ?? .dyn)
        case "map_type":
            let map = payload as? [String: Any]
            return .map(type(map?["key_type"]) ?? .dyn, type(map?["value_type"]) ?? .dyn)
        case "message_type": return (payload as? String).map(namedType)
        case "well_known":
            switch payload as? String {
            case "TIMESTAMP": return .timestamp
            case "DURATION": return .duration
            default: return nil
            }
        case "type": return .type(type(payload) ?? .dyn)
        case "type_param": return (payload as? String).map { .parameter($0) }
        case "abstract_type":
            let abstract = payload as? [String: Any]
            let parameters = (abstract?["parameter_types"] as? [Any] ?? []).compactMap { type($0) }
            if abstract?["name"] as? String == "optional_type", let first = parameters.first {
                return .optional(first)
            }
            return nil
        default: return nil
        }
    }

    /// An RFC 3339 UTC timestamp as the corpus writes it.
    static func parseTimestamp(_ text: String) -> Timestamp? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 20, scalars.last == UInt8(ascii: "Z") else { return nil }
        func number(_ from: Int, _ count: Int) -> Int64? { Int64(String(decoding: scalars[from..<from + count], as: UTF8.self)) }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        var nanos: Int64 = 0
        if scalars[19] == UInt8(ascii: ".") {
            let digits = String(decoding: scalars[20..<(scalars.count - 1)], as: UTF8.self)
            nanos = (Int64(digits) ?? 0) * Int64(pow(10.0, Double(9 - digits.count)))
        }
        let days = ValueFormat.daysFromCivil(year: year, month: month, day: day)
        return Timestamp(seconds: days * 86_400 + hour * 3600 + minute * 60 + second, nanos: Int32(nanos))
    }

    /// A proto-JSON duration such as `123.321456789s` or `-1.5s`.
    static func parseDuration(_ text: String) -> Duration? {
        guard text.hasSuffix("s") else { return nil }
        let body = text.dropLast()
        let negative = body.hasPrefix("-")
        let unsigned = negative ? body.dropFirst() : body
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard let seconds = Int64(parts[0]) else { return nil }
        var nanos: Int64 = 0
        if parts.count > 1 {
            let digits = String(parts[1].prefix(9))
            nanos = (Int64(digits) ?? 0) * Int64(pow(10.0, Double(9 - digits.count)))
        }
        return negative
            ? Duration(seconds: -seconds, nanos: Int32(-nanos)) : Duration(seconds: seconds, nanos: Int32(nanos))
    }
}
