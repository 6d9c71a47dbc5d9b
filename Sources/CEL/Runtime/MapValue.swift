import CELSyntax

/// A CEL map: entries in insertion order, with hashed lookup by key.
public final class MapValue: Sendable {
    /// The keys, in insertion order.
    public let keys: [Value]
    /// The values, parallel to `keys`.
    public let values: [Value]
    private let index: [MapKey: Int]

    /// Creates a map, or returns the first key that is repeated or cannot be a key.
    public static func make(keys: [Value], values: [Value]) -> Result<MapValue, EvalError> {
        var index: [MapKey: Int] = [:]
        index.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() {
            guard let mapKey = MapKey(key) else {
                return .failure(EvalError(.invalidArgument("unsupported key type: \(key.type)")))
            }
            if index.updateValue(position, forKey: mapKey) != nil {
                return .failure(EvalError(.duplicateKey(key.debugText)))
            }
        }
        return .success(MapValue(keys: keys, values: values, index: index))
    }

    /// Creates a map whose string keys are known to be distinct.
    public convenience init(stringEntries: [(String, Value)]) {
        var index: [MapKey: Int] = [:]
        var keys: [Value] = []
        var values: [Value] = []
        for (key, value) in stringEntries where index[.string(key)] == nil {
            index[.string(key)] = keys.count
            keys.append(.string(key))
            values.append(value)
        }
        self.init(keys: keys, values: values, index: index)
    }

    private init(keys: [Value], values: [Value], index: [MapKey: Int]) {
        self.keys = keys
        self.values = values
        self.index = index
    }

    /// The number of entries.
    public var count: Int { keys.count }

    /// The value for a key, comparing numeric keys by value across int, uint and double.
    public func lookup(_ key: Value) -> Value? {
        guard let mapKey = MapKey(lookup: key), let position = index[mapKey] else { return nil }
        return values[position]
    }

    /// The value for a string key.
    public func lookup(string key: String) -> Value? {
        guard let position = index[.string(key)] else { return nil }
        return values[position]
    }
}

/// A normalised map key: numeric keys of equal value are the same key.
enum MapKey: Hashable {
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case string(String)

    /// The key of a value that may be a map key (bool, int, uint, string).
    init?(_ value: Value) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .uint(let u): self = u <= UInt64(Int64.max) ? .int(Int64(u)) : .uint(u)
        case .string(let s): self = .string(s)
        default: return nil
        }
    }

    /// The key to look up for a value, which may also be an integral double.
    init?(lookup value: Value) {
        if case .double(let d) = value {
            guard d.isFinite, d == d.rounded(.towardZero) else { return nil }
            if d >= -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 {
                self = .int(Int64(d))
            } else if d >= 0, d < 18_446_744_073_709_551_616.0 {
                self = .uint(UInt64(d))
            } else {
                return nil
            }
            return
        }
        self.init(value)
    }

    static func == (lhs: MapKey, rhs: MapKey) -> Bool {
        switch (lhs, rhs) {
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.uint(a), .uint(b)): return a == b
        case let (.string(a), .string(b)): return a.utf8.count == b.utf8.count && StringSearch.hasPrefix(a, b)
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .bool(let b): hasher.combine(0); hasher.combine(b)
        case .int(let i): hasher.combine(1); hasher.combine(i)
        case .uint(let u): hasher.combine(2); hasher.combine(u)
        case .string(let s):
            hasher.combine(3)
            let hashed: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
            if hashed == nil { for byte in s.utf8 { hasher.combine(byte) } }
        }
    }
}
