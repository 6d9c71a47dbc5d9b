import CELSyntax

/// The optionals library: `optional.of`, `optional.none`, `optional.ofNonZeroValue`,
/// `value`, `hasValue`, `a.?b`, `a[?b]` (`or` and `orValue` short-circuit in the planner).
enum Optionals {
    static func register(in library: inout FunctionLibrary) {
        let a = CELType.parameter("A")
        let b = CELType.parameter("B")
        library.add("optional.of", [.global("optional_of", [a], .optional(a))], .unary { .optional($0) })
        library.add("optional.ofNonZeroValue", [.global("optional_ofNonZeroValue", [a], .optional(a))],
                    .unary { isZero($0) ? .optional(nil) : .optional($0) })
        library.add("optional.none", [.global("optional_none", [], .optional(.dyn))], .variadic { _ in .optional(nil) })
        library.add("value", [.member("optional_value", [.optional(a)], a)], .unary(value))
        library.add("hasValue", [.member("optional_hasValue", [.optional(a)], .bool)], .unary { optional in
            if case .optional(let wrapped) = optional { return .bool(wrapped != nil) }
            return noSuchOverload("hasValue", optional)
        })
        library.declare("or", [.member("optional_or_optional", [.optional(a), .optional(a)], .optional(a))])
        library.declare("orValue", [.member("optional_orValue_value", [.optional(a), a], a)])
        library.add(Operator.optionalSelect, [
            .global("select_optional_field", [.dyn, .string], .optional(.dyn)),
        ], .binary(select))
        library.add(Operator.optionalIndex, [
            .global("list_optindex_optional_int", [.list(a), .int], .optional(a)),
            .global("optional_list_optindex_optional_int", [.optional(.list(a)), .int], .optional(a)),
            .global("map_optindex_optional_value", [.map(a, b), a], .optional(b)),
            .global("optional_map_optindex_optional_value", [.optional(.map(a, b)), a], .optional(b)),
        ], .binary(index))
        library.declare(Operator.index, [
            .global("optional_list_index_int", [.optional(.list(a)), .int], .optional(a)),
            .global("optional_map_index_value", [.optional(.map(a, b)), a], .optional(b)),
        ])
    }

    static func value(_ optional: Value) -> Value {
        guard case .optional(let wrapped) = optional else { return noSuchOverload("value", optional) }
        return wrapped ?? .fail(.invalidArgument("optional.none() dereference"))
    }

    static func isZero(_ value: Value) -> Bool {
        switch value {
        case .null: return true
        case .bool(let b): return !b
        case .int(let i): return i == 0
        case .uint(let u): return u == 0
        case .double(let d): return d == 0
        case .string(let s): return s.isEmpty
        case .bytes(let b): return b.isEmpty
        case .list(let l): return l.isEmpty
        case .map(let m): return m.count == 0
        case .timestamp(let t): return t.seconds == 0 && t.nanos == 0
        case .duration(let d): return d.seconds == 0 && d.nanos == 0
        case .optional(let o): return o == nil
        default: return false
        }
    }

    static func select(_ operand: Value, _ field: Value) -> Value {
        var target = operand
        if case .optional(let wrapped) = operand {
            guard let wrapped else { return .optional(nil) }
            target = wrapped
        }
        guard case .string(let name) = field, case .map(let map) = target else {
            return noSuchOverload(Operator.optionalSelect, operand, field)
        }
        return .optional(map.lookup(string: name))
    }

    static func index(_ operand: Value, _ key: Value) -> Value {
        var target = operand
        if case .optional(let wrapped) = operand {
            guard let wrapped else { return .optional(nil) }
            target = wrapped
        }
        switch target {
        case .map(let map): return .optional(map.lookup(key))
        case .list:
            let element = StandardOperators.index(target, key)
            if case .error = element { return .optional(nil) }
            return .optional(element)
        default: return noSuchOverload(Operator.optionalIndex, operand, key)
        }
    }
}
