import CELSyntax
import Foundation

/// CEL's heterogeneous equality and ordering.
extension Value {
    /// CEL equality: numbers compare by value across int, uint and double; lists and maps
    /// compare element by element; values of different types are unequal. Never an error.
    public func celEquals(_ other: Value) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.string(a), .string(b)): return Value.sameCodePoints(a, b)
        case let (.bytes(a), .bytes(b)): return a == b
        case let (.list(a), .list(b)):
            guard a.count == b.count else { return false }
            for index in a.indices where !a[index].celEquals(b[index]) { return false }
            return true
        case let (.map(a), .map(b)):
            guard a.count == b.count else { return false }
            for (key, value) in zip(a.keys, a.values) {
                guard let otherValue = b.lookup(key), value.celEquals(otherValue) else { return false }
            }
            return true
        case let (.type(a), .type(b)): return a.runtimeName == b.runtimeName
        case let (.timestamp(a), .timestamp(b)): return a == b
        case let (.duration(a), .duration(b)): return a == b
        case let (.optional(a), .optional(b)):
            switch (a, b) {
            case (nil, nil): return true
            case let (x?, y?): return x.celEquals(y)
            default: return false
            }
        default:
            if let order = Value.numericOrder(self, other) { return order == 0 }
            return false
        }
    }

    /// Whether two strings have the same code points (not Swift's canonical equivalence).
    @inline(__always)
    static func sameCodePoints(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard x.count == y.count, let xa = x.baseAddress, let ya = y.baseAddress else { return x.count == y.count }
                return memcmp(xa, ya, x.count) == 0
            }
        }
    }

    /// The order of two numbers of any numeric types: -1, 0 or 1; nil if either is not a
    /// number or either is NaN.
    static func numericOrder(_ lhs: Value, _ rhs: Value) -> Int? {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return a < b ? -1 : (a == b ? 0 : 1)
        case let (.uint(a), .uint(b)): return a < b ? -1 : (a == b ? 0 : 1)
        case let (.double(a), .double(b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        case let (.int(a), .uint(b)):
            if a < 0 { return -1 }
            let ua = UInt64(a)
            return ua < b ? -1 : (ua == b ? 0 : 1)
        case let (.uint(a), .int(b)):
            guard let order = numericOrder(.int(b), .uint(a)) else { return nil }
            return -order
        case let (.int(a), .double(b)): return compare(int: a, double: b)
        case let (.double(a), .int(b)):
            guard let order = compare(int: b, double: a) else { return nil }
            return -order
        case let (.uint(a), .double(b)): return compare(uint: a, double: b)
        case let (.double(a), .uint(b)):
            guard let order = compare(uint: b, double: a) else { return nil }
            return -order
        default: return nil
        }
    }

    /// Int against double compares the int converted to double, as cel-go does (lossy above 2^53).
    private static func compare(int a: Int64, double b: Double) -> Int? {
        if b.isNaN { return nil }
        let da = Double(a)
        return da < b ? -1 : (da == b ? 0 : 1)
    }

    private static func compare(uint a: UInt64, double b: Double) -> Int? {
        if b.isNaN { return nil }
        let da = Double(a)
        return da < b ? -1 : (da == b ? 0 : 1)
    }

    /// CEL ordering for `<`, `<=`, `>`, `>=`: -1, 0 or 1; nil when the values cannot be
    /// ordered (different non-numeric types) or a NaN is involved (every comparison false).
    static func order(_ lhs: Value, _ rhs: Value) -> Int?? {
        switch (lhs, rhs) {
        case let (.bool(a), .bool(b)): return .some(a == b ? 0 : (!a ? -1 : 1))
        case let (.string(a), .string(b)): return .some(lexicographic(a.utf8, b.utf8))
        case let (.bytes(a), .bytes(b)): return .some(lexicographic(a, b))
        case let (.timestamp(a), .timestamp(b)): return .some(a < b ? -1 : (a == b ? 0 : 1))
        case let (.duration(a), .duration(b)): return .some(a < b ? -1 : (a == b ? 0 : 1))
        case (.int, _), (.uint, _), (.double, _):
            switch rhs {
            case .int, .uint, .double: return .some(numericOrder(lhs, rhs))
            default: return nil
            }
        default: return nil
        }
    }

    private static func lexicographic<C: Collection>(_ a: C, _ b: C) -> Int where C.Element == UInt8 {
        var i = a.makeIterator()
        var j = b.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (x?, y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }
}
