import CELSyntax

/// A CEL value: the result of evaluating an expression, or one of its operands.
///
/// The common cases (null, bool, int, uint, double, timestamp, duration) carry their payload
/// inline and never allocate. Errors and unknowns are values too, so that `&&`, `||` and `?:`
/// can absorb them as CEL's commutative logic says.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case list([Value])
    case map(MapValue)
    /// A type value such as `int` or `list`; compared by ``CELType/runtimeName``.
    case type(CELType)
    case timestamp(Timestamp)
    case duration(Duration)
    /// A value of the optionals library: `optional.of(x)` or `optional.none()`.
    indirect case optional(Value?)
    /// An evaluation error: division by zero, overflow, a missing key, no such overload.
    case error(EvalError)
    /// The value depends on attributes that the input does not have.
    case unknown(Unknown)

    /// True for `.error` and `.unknown`: values that strict functions pass through.
    @inlinable public var isErrorOrUnknown: Bool {
        switch self {
        case .error, .unknown: return true
        default: return false
        }
    }

    /// The runtime type of the value, as `type(x)` returns it.
    public var type: CELType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .bytes: return .bytes
        case .list: return .list(.dyn)
        case .map: return .map(.dyn, .dyn)
        case .type: return .type(.dyn)
        case .timestamp: return .timestamp
        case .duration: return .duration
        case .optional: return .optional(.dyn)
        case .error: return .error
        case .unknown: return .dyn
        }
    }

    /// Makes an error value.
    @inlinable public static func fail(_ kind: EvalError.Kind) -> Value {
        .error(EvalError(kind))
    }
}

/// The attributes that an unknown value depends on, such as `project.env_group`.
public struct Unknown: Sendable, Hashable {
    /// The attribute paths, sorted and without repeats.
    public private(set) var attributes: [String]

    /// An unknown that depends on one attribute.
    public init(attribute: String) {
        self.attributes = [attribute]
    }

    /// An unknown that depends on several attributes.
    public init<S: Sequence>(attributes: S) where S.Element == String {
        self.attributes = Array(Set(attributes)).sorted()
    }

    /// An unknown whose attributes are already sorted and without repeats.
    private init(sortedAttributes: [String]) {
        self.attributes = sortedAttributes
    }

    /// The union of two unknowns, as CEL combines them: one pass over the two sorted lists.
    public func merged(with other: Unknown) -> Unknown {
        if other.attributes == attributes { return self }
        let a = attributes
        let b = other.attributes
        var union: [String] = []
        union.reserveCapacity(a.count + b.count)
        var i = a.startIndex
        var j = b.startIndex
        while i < a.endIndex, j < b.endIndex {
            if a[i] < b[j] {
                union.append(a[i])
                i += 1
            } else if b[j] < a[i] {
                union.append(b[j])
                j += 1
            } else {
                union.append(a[i])
                i += 1
                j += 1
            }
        }
        union += a[i...]
        union += b[j...]
        return Unknown(sortedAttributes: union)
    }
}
