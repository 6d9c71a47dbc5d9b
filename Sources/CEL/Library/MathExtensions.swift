import CELSyntax

/// The math extension (cel-go `ext.Math`): `math.greatest`, `math.least`, rounding, sign and
/// floating-point tests, bitwise operations and `math.sqrt`.
///
/// `math.greatest` and `math.least` take one or more numbers of mixed types, or one list of
/// numbers, and return the extreme argument unchanged (an int stays an int); ties keep the
/// earlier argument. NaN cannot be ordered and is an error, as in cel-go.
enum MathExtensions {
    /// The largest number of arguments declared for `math.greatest` and `math.least`.
    static let maxArguments = 32

    /// Adds the `math.*` functions to `library`.
    static func register(in library: inout FunctionLibrary) {
        registerExtremes("math.greatest", "math_greatest", keepSecond: { $0 < 0 }, in: &library)
        registerExtremes("math.least", "math_least", keepSecond: { $0 > 0 }, in: &library)
        for (name, id, operation) in rounding {
            library.add(name, [.global(id, [.double], .double)], .unary { value in
                guard case .double(let d) = value else { return noSuchOverload(name, value) }
                return .double(operation(d))
            })
        }
        for (name, id, test) in floatTests {
            library.add(name, [.global(id, [.double], .bool)], .unary { value in
                guard case .double(let d) = value else { return noSuchOverload(name, value) }
                return .bool(test(d))
            })
        }
        library.add("math.abs", [
            .global("math_abs_double", [.double], .double),
            .global("math_abs_int", [.int], .int),
            .global("math_abs_uint", [.uint], .uint),
        ], .unary(abs))
        library.add("math.sign", [
            .global("math_sign_double", [.double], .double),
            .global("math_sign_int", [.int], .int),
            .global("math_sign_uint", [.uint], .uint),
        ], .unary(sign))
        library.add("math.sqrt", [
            .global("math_sqrt_double", [.double], .double),
            .global("math_sqrt_int", [.int], .double),
            .global("math_sqrt_uint", [.uint], .double),
        ], .unary { value in
            switch value {
            case .double(let d): return .double(d.squareRoot())
            case .int(let i): return .double(Double(i).squareRoot())
            case .uint(let u): return .double(Double(u).squareRoot())
            default: return noSuchOverload("math.sqrt", value)
            }
        })
        registerBitwise(in: &library)
    }

    private static let rounding: [(String, String, @Sendable (Double) -> Double)] = [
        ("math.ceil", "math_ceil_double", { $0.rounded(.up) }),
        ("math.floor", "math_floor_double", { $0.rounded(.down) }),
        ("math.round", "math_round_double", { $0.rounded(.toNearestOrAwayFromZero) }),
        ("math.trunc", "math_trunc_double", { $0.rounded(.towardZero) }),
    ]

    private static let floatTests: [(String, String, @Sendable (Double) -> Bool)] = [
        ("math.isNaN", "math_isNaN_double", { $0.isNaN }),
        ("math.isInf", "math_isInf_double", { $0.isInfinite }),
        ("math.isFinite", "math_isFinite_double", { $0.isFinite }),
    ]

    // MARK: - greatest / least

    /// Declares `math.greatest` or `math.least` for 1 to ``maxArguments`` arguments.
    private static func registerExtremes(
        _ name: String, _ idStem: String, keepSecond: @escaping @Sendable (Int) -> Bool,
        in library: inout FunctionLibrary
    ) {
        let impl = FunctionImpl.variadic { arguments in extreme(name, arguments, keepSecond) }
        let numbers: [(String, CELType)] = [("int", .int), ("uint", .uint), ("double", .double)]
        var unary = numbers.map { OverloadDecl.global("\(idStem)_\($0.0)", [$0.1], $0.1) }
        unary += numbers.map { OverloadDecl.global("\(idStem)_list_\($0.0)", [.list($0.1)], $0.1) }
        unary.append(.global("\(idStem)_list_dyn", [.list(.dyn)], .dyn))
        library.add(name, unary, impl)
        var binary: [OverloadDecl] = []
        for (firstName, firstType) in numbers {
            for (secondName, secondType) in numbers {
                let result = firstType == secondType ? firstType : CELType.dyn
                binary.append(.global("\(idStem)_\(firstName)_\(secondName)", [firstType, secondType], result))
            }
        }
        library.add(name, binary, impl)
        for arity in 3...maxArguments {
            let parameters = [CELType](repeating: .dyn, count: arity)
            library.add(name, [.global("\(idStem)_dyn_\(arity)", parameters, .dyn)], impl)
        }
    }

    /// The extreme of `arguments` (numbers, or one list of numbers): each later value replaces
    /// the current one when `keepSecond(order(current, later))`.
    static func extreme(_ name: String, _ arguments: [Value], _ keepSecond: (Int) -> Bool) -> Value {
        var candidates = arguments
        if arguments.count == 1, case .list(let elements) = arguments[0] {
            guard !elements.isEmpty else { return .fail(.invalidArgument("\(name)(list) argument must not be empty")) }
            candidates = elements
        }
        guard var best = candidates.first else { return .fail(.invalidArgument("\(name) requires an argument")) }
        for candidate in candidates {
            switch (best, candidate) {
            case (.int, .int), (.int, .uint), (.int, .double), (.uint, .int), (.uint, .uint), (.uint, .double),
                (.double, .int), (.double, .uint), (.double, .double):
                guard let order = Value.numericOrder(best, candidate) else {
                    return .fail(.invalidArgument("\(name): NaN values cannot be ordered"))
                }
                if keepSecond(order) { best = candidate }
            default:
                return .fail(.noSuchOverload(function: name, arguments: candidates.map(\.type.runtimeName)))
            }
        }
        return best
    }

    // MARK: - abs / sign

    /// `math.abs`: the magnitude; `abs(int64 min)` overflows.
    static func abs(_ value: Value) -> Value {
        switch value {
        case .double(let d): return .double(d.magnitude)
        case .int(let i):
            guard i != Int64.min else { return .fail(.overflow("math.abs")) }
            return .int(i < 0 ? -i : i)
        case .uint: return value
        default: return noSuchOverload("math.abs", value)
        }
    }

    /// `math.sign`: -1, 0 or 1 in the argument's type; NaN stays NaN.
    static func sign(_ value: Value) -> Value {
        switch value {
        case .double(let d):
            if d.isNaN { return value }
            return .double(d > 0 ? 1 : (d < 0 ? -1 : 0))
        case .int(let i): return .int(i > 0 ? 1 : (i < 0 ? -1 : 0))
        case .uint(let u): return .uint(u > 0 ? 1 : 0)
        default: return noSuchOverload("math.sign", value)
        }
    }

    // MARK: - Bitwise

    /// Adds `math.bitAnd`, `bitOr`, `bitXor`, `bitNot` and the shifts.
    private static func registerBitwise(in library: inout FunctionLibrary) {
        let operations: [(String, String, @Sendable (UInt64, UInt64) -> UInt64)] = [
            ("math.bitAnd", "math_bitAnd", { $0 & $1 }),
            ("math.bitOr", "math_bitOr", { $0 | $1 }),
            ("math.bitXor", "math_bitXor", { $0 ^ $1 }),
        ]
        for (name, id, operation) in operations {
            library.add(name, [
                .global("\(id)_int_int", [.int, .int], .int),
                .global("\(id)_uint_uint", [.uint, .uint], .uint),
            ], .binary { lhs, rhs in
                switch (lhs, rhs) {
                case let (.int(x), .int(y)):
                    return .int(Int64(bitPattern: operation(UInt64(bitPattern: x), UInt64(bitPattern: y))))
                case let (.uint(x), .uint(y)): return .uint(operation(x, y))
                default: return noSuchOverload(name, lhs, rhs)
                }
            })
        }
        library.add("math.bitNot", [
            .global("math_bitNot_int_int", [.int], .int),
            .global("math_bitNot_uint_uint", [.uint], .uint),
        ], .unary { value in
            switch value {
            case .int(let x): return .int(~x)
            case .uint(let x): return .uint(~x)
            default: return noSuchOverload("math.bitNot", value)
            }
        })
        library.add("math.bitShiftLeft", [
            .global("math_bitShiftLeft_int_int", [.int, .int], .int),
            .global("math_bitShiftLeft_uint_int", [.uint, .int], .uint),
        ], .binary { value, bits in shift("math.bitShiftLeft", value, bits, left: true) })
        library.add("math.bitShiftRight", [
            .global("math_bitShiftRight_int_int", [.int, .int], .int),
            .global("math_bitShiftRight_uint_int", [.uint, .int], .uint),
        ], .binary { value, bits in shift("math.bitShiftRight", value, bits, left: false) })
    }

    /// A logical shift (no sign extension); shifts of 64 bits or more give 0.
    static func shift(_ name: String, _ value: Value, _ bits: Value, left: Bool) -> Value {
        guard case .int(let count) = bits else { return noSuchOverload(name, value, bits) }
        let pattern: UInt64
        switch value {
        case .int(let x): pattern = UInt64(bitPattern: x)
        case .uint(let x): pattern = x
        default: return noSuchOverload(name, value, bits)
        }
        guard count >= 0 else { return .fail(.invalidArgument("\(name)() negative offset: \(count)")) }
        let shifted = count >= 64 ? 0 : (left ? pattern << UInt64(count) : pattern >> UInt64(count))
        if case .int = value { return .int(Int64(bitPattern: shifted)) }
        return .uint(shifted)
    }
}
