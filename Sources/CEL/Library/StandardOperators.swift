import CELSyntax

/// CEL's operators: arithmetic, comparison, equality, membership, indexing and negation.
enum StandardOperators {
    static func register(in library: inout FunctionLibrary) {
        let a = CELType.parameter("A")
        let b = CELType.parameter("B")
        library.add(Operator.add, [
            .global("add_int64", [.int, .int], .int),
            .global("add_uint64", [.uint, .uint], .uint),
            .global("add_double", [.double, .double], .double),
            .global("add_string", [.string, .string], .string),
            .global("add_bytes", [.bytes, .bytes], .bytes),
            .global("add_list", [.list(a), .list(a)], .list(a)),
            .global("add_timestamp_duration", [.timestamp, .duration], .timestamp),
            .global("add_duration_timestamp", [.duration, .timestamp], .timestamp),
            .global("add_duration_duration", [.duration, .duration], .duration),
        ], .binary(add))
        library.add(Operator.subtract, [
            .global("subtract_int64", [.int, .int], .int),
            .global("subtract_uint64", [.uint, .uint], .uint),
            .global("subtract_double", [.double, .double], .double),
            .global("subtract_timestamp_timestamp", [.timestamp, .timestamp], .duration),
            .global("subtract_timestamp_duration", [.timestamp, .duration], .timestamp),
            .global("subtract_duration_duration", [.duration, .duration], .duration),
        ], .binary(subtract))
        library.add(Operator.multiply, numeric("multiply"), .binary(multiply))
        library.add(Operator.divide, numeric("divide"), .binary(divide))
        library.add(Operator.modulo, [
            .global("modulo_int64", [.int, .int], .int),
            .global("modulo_uint64", [.uint, .uint], .uint),
        ], .binary(modulo))
        library.add(Operator.negate, [
            .global("negate_int64", [.int], .int),
            .global("negate_double", [.double], .double),
        ], .unary(negate))
        library.add(Operator.logicalNot, [.global("logical_not", [.bool], .bool)], .unary(logicalNot))
        library.add(Operator.equals, [.global("equals", [a, a], .bool)], .binary { .bool($0.celEquals($1)) })
        library.add(Operator.notEquals, [.global("not_equals", [a, a], .bool)], .binary { .bool(!$0.celEquals($1)) })
        registerOrdering(in: &library)
        library.add(Operator.in, [
            .global("in_list", [a, .list(a)], .bool),
            .global("in_map", [a, .map(a, b)], .bool),
        ], .binary(membership))
        library.add(Operator.index, [
            .global("index_list", [.list(a), .int], a),
            .global("index_map", [.map(a, b), a], b),
        ], .binary(index))
        library.add(Operator.logicalAnd, [.global("logical_and", [.bool, .bool], .bool)], nil)
        library.add(Operator.logicalOr, [.global("logical_or", [.bool, .bool], .bool)], nil)
        library.add(Operator.conditional, [.global("conditional", [.bool, a, a], a)], nil)
        library.add(Operator.notStrictlyFalse, [.global("not_strictly_false", [.bool], .bool)], nil)
    }

    private static func numeric(_ name: String) -> [OverloadDecl] {
        [
            .global("\(name)_int64", [.int, .int], .int),
            .global("\(name)_uint64", [.uint, .uint], .uint),
            .global("\(name)_double", [.double, .double], .double),
        ]
    }

    private static func registerOrdering(in library: inout FunctionLibrary) {
        let operators: [(String, String, @Sendable (Int) -> Bool)] = [
            (Operator.less, "less", { $0 < 0 }),
            (Operator.lessEquals, "less_equals", { $0 <= 0 }),
            (Operator.greater, "greater", { $0 > 0 }),
            (Operator.greaterEquals, "greater_equals", { $0 >= 0 }),
        ]
        let same: [(String, CELType)] = [
            ("bool", .bool), ("int64", .int), ("uint64", .uint), ("double", .double),
            ("string", .string), ("bytes", .bytes), ("timestamp", .timestamp), ("duration", .duration),
        ]
        let mixed: [(String, CELType, CELType)] = [
            ("int64_uint64", .int, .uint), ("int64_double", .int, .double),
            ("uint64_int64", .uint, .int), ("uint64_double", .uint, .double),
            ("double_int64", .double, .int), ("double_uint64", .double, .uint),
        ]
        for (function, prefix, test) in operators {
            var overloads = same.map { OverloadDecl.global("\(prefix)_\($0.0)", [$0.1, $0.1], .bool) }
            overloads += mixed.map { OverloadDecl.global("\(prefix)_\($0.0)", [$0.1, $0.2], .bool) }
            library.add(function, overloads, .binary { lhs, rhs in compare(function, lhs, rhs, test) })
        }
    }

    /// Orders two values; NaN compares false with everything.
    static func compare(_ function: String, _ lhs: Value, _ rhs: Value, _ test: (Int) -> Bool) -> Value {
        switch Value.order(lhs, rhs) {
        case .some(.some(let order)): return .bool(test(order))
        case .some(.none): return .bool(false)
        case .none: return noSuchOverload(function, lhs, rhs)
        }
    }

    static func add(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(x), .int(y)):
            let (sum, overflow) = x.addingReportingOverflow(y)
            return overflow ? .fail(.overflow("int addition")) : .int(sum)
        case let (.uint(x), .uint(y)):
            let (sum, overflow) = x.addingReportingOverflow(y)
            return overflow ? .fail(.overflow("uint addition")) : .uint(sum)
        case let (.double(x), .double(y)): return .double(x + y)
        case let (.string(x), .string(y)): return .string(x + y)
        case let (.bytes(x), .bytes(y)): return .bytes(x + y)
        case let (.list(x), .list(y)): return .list(x + y)
        case (.timestamp, .duration), (.duration, .timestamp), (.duration, .duration):
            return TimeArithmetic.add(lhs, rhs)
        default: return noSuchOverload(Operator.add, lhs, rhs)
        }
    }

    static func subtract(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(x), .int(y)):
            let (difference, overflow) = x.subtractingReportingOverflow(y)
            return overflow ? .fail(.overflow("int subtraction")) : .int(difference)
        case let (.uint(x), .uint(y)):
            let (difference, overflow) = x.subtractingReportingOverflow(y)
            return overflow ? .fail(.overflow("uint subtraction")) : .uint(difference)
        case let (.double(x), .double(y)): return .double(x - y)
        case (.timestamp, .timestamp), (.timestamp, .duration), (.duration, .duration):
            return TimeArithmetic.subtract(lhs, rhs)
        default: return noSuchOverload(Operator.subtract, lhs, rhs)
        }
    }

    static func multiply(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(x), .int(y)):
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            return overflow ? .fail(.overflow("int multiplication")) : .int(product)
        case let (.uint(x), .uint(y)):
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            return overflow ? .fail(.overflow("uint multiplication")) : .uint(product)
        case let (.double(x), .double(y)): return .double(x * y)
        default: return noSuchOverload(Operator.multiply, lhs, rhs)
        }
    }

    static func divide(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(x), .int(y)):
            if y == 0 { return .fail(.divisionByZero) }
            let (quotient, overflow) = x.dividedReportingOverflow(by: y)
            return overflow ? .fail(.overflow("int division")) : .int(quotient)
        case let (.uint(x), .uint(y)):
            return y == 0 ? .fail(.divisionByZero) : .uint(x / y)
        case let (.double(x), .double(y)): return .double(x / y)
        default: return noSuchOverload(Operator.divide, lhs, rhs)
        }
    }

    static func modulo(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.int(x), .int(y)):
            if y == 0 { return .fail(.moduloByZero) }
            let (remainder, overflow) = x.remainderReportingOverflow(dividingBy: y)
            return overflow ? .fail(.overflow("int modulus")) : .int(remainder)
        case let (.uint(x), .uint(y)):
            return y == 0 ? .fail(.moduloByZero) : .uint(x % y)
        default: return noSuchOverload(Operator.modulo, lhs, rhs)
        }
    }

    static func negate(_ operand: Value) -> Value {
        switch operand {
        case .int(let x):
            let (negated, overflow) = Int64(0).subtractingReportingOverflow(x)
            return overflow ? .fail(.overflow("int negation")) : .int(negated)
        case .double(let x): return .double(-x)
        default: return noSuchOverload(Operator.negate, operand)
        }
    }

    static func logicalNot(_ operand: Value) -> Value {
        if case .bool(let b) = operand { return .bool(!b) }
        return noSuchOverload(Operator.logicalNot, operand)
    }

    static func membership(_ element: Value, _ container: Value) -> Value {
        switch container {
        case .list(let elements): return .bool(elements.contains { element.celEquals($0) })
        case .map(let map): return .bool(map.lookup(element) != nil)
        default: return noSuchOverload(Operator.in, element, container)
        }
    }

    static func index(_ container: Value, _ key: Value) -> Value {
        switch container {
        case .optional: return Optionals.index(container, key)
        case .list(let elements):
            let position: Int64
            switch key {
            case .int(let i): position = i
            case .uint(let u): position = u > UInt64(Int64.max) ? Int64.max : Int64(u)
            case .double(let d):
                guard d.isFinite, d == d.rounded(.towardZero), abs(d) < 9.2e18 else {
                    return .fail(.invalidArgument("unsupported index value \(d)"))
                }
                position = Int64(d)
            default: return noSuchOverload(Operator.index, container, key)
            }
            guard position >= 0, position < Int64(elements.count) else {
                return .fail(.indexOutOfRange(index: String(position), size: elements.count))
            }
            return elements[Int(position)]
        case .map(let map):
            if let value = map.lookup(key) { return value }
            switch key {
            case .int, .uint, .double, .bool, .string: return .fail(.noSuchKey(key.debugText))
            default: return noSuchOverload(Operator.index, container, key)
            }
        default: return noSuchOverload(Operator.index, container, key)
        }
    }
}
