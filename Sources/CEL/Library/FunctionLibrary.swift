import CELSyntax

/// One typed signature of a function, for the checker.
public struct OverloadDecl: Sendable, Hashable {
    /// A stable identifier, such as `add_int64` (cel-go's names where they exist).
    public let id: String
    /// True for a method-call form (`x.f(y)`): the receiver is the first parameter.
    public let isMember: Bool
    /// Parameter types, the receiver first for members; may use ``CELType/parameter(_:)``.
    public let parameters: [CELType]
    /// The result type.
    public let result: CELType

    /// A global-call overload.
    public static func global(_ id: String, _ parameters: [CELType], _ result: CELType) -> OverloadDecl {
        OverloadDecl(id: id, isMember: false, parameters: parameters, result: result)
    }

    /// A method-call overload; `parameters` starts with the receiver.
    public static func member(_ id: String, _ parameters: [CELType], _ result: CELType) -> OverloadDecl {
        OverloadDecl(id: id, isMember: true, parameters: parameters, result: result)
    }
}

/// The runtime implementation of a function for one number of arguments (receiver included).
///
/// One implementation serves every overload of that arity: it switches on the argument values
/// and returns a `noSuchOverload` error for combinations it does not accept. Implementations
/// are strict: they are never called with error or unknown arguments.
public enum FunctionImpl: Sendable {
    case unary(@Sendable (Value) -> Value)
    case binary(@Sendable (Value, Value) -> Value)
    case ternary(@Sendable (Value, Value, Value) -> Value)
    case variadic(@Sendable ([Value]) -> Value)

    /// Calls the implementation with any number of arguments.
    func call(_ arguments: [Value]) -> Value {
        switch self {
        case .unary(let f): return arguments.count == 1 ? f(arguments[0]) : .fail(.invalidArgument("arity"))
        case .binary(let f):
            return arguments.count == 2 ? f(arguments[0], arguments[1]) : .fail(.invalidArgument("arity"))
        case .ternary(let f):
            return arguments.count == 3
                ? f(arguments[0], arguments[1], arguments[2]) : .fail(.invalidArgument("arity"))
        case .variadic(let f): return f(arguments)
        }
    }
}

/// A function: its overloads for the checker and its implementations by arity.
public struct FunctionDefinition: Sendable {
    /// The function's name (`_+_`, `size`, `startsWith`).
    public let name: String
    /// The typed signatures.
    public internal(set) var overloads: [OverloadDecl]
    /// Implementations indexed by the number of arguments, the receiver included.
    var implementations: [Int: FunctionImpl]

    /// Whether a call of this shape (`isMember`, number of arguments with the receiver) exists.
    func hasShape(isMember: Bool, arity: Int) -> Bool {
        overloads.contains { $0.isMember == isMember && $0.parameters.count == arity }
    }
}

/// The functions visible to expressions: the standard library plus any extensions.
public struct FunctionLibrary: Sendable {
    /// The functions by name.
    public private(set) var functions: [String: FunctionDefinition] = [:]

    /// An empty library.
    public init() {}

    /// Adds overloads and their implementation for one arity to a function.
    public mutating func add(_ name: String, _ overloads: [OverloadDecl], _ impl: FunctionImpl?) {
        var definition = functions[name] ?? FunctionDefinition(name: name, overloads: [], implementations: [:])
        definition.overloads.append(contentsOf: overloads)
        if let impl, let arity = overloads.first?.parameters.count {
            definition.implementations[arity] = impl
        }
        functions[name] = definition
    }

    /// Adds overloads whose implementation is registered separately.
    public mutating func declare(_ name: String, _ overloads: [OverloadDecl]) {
        add(name, overloads, nil)
    }

    /// The function named `name`, if any.
    public func function(_ name: String) -> FunctionDefinition? { functions[name] }

    /// The standard library of CEL, with the extensions the conformance suite exercises.
    public static let standard: FunctionLibrary = {
        var library = FunctionLibrary()
        StandardOperators.register(in: &library)
        StandardFunctions.register(in: &library)
        Conversions.register(in: &library)
        StringFunctions.register(in: &library)
        TimeFunctions.register(in: &library)
        StringExtensions.register(in: &library)
        MathExtensions.register(in: &library)
        Encoders.register(in: &library)
        MapInsert.register(in: &library)
        Optionals.register(in: &library)
        return library
    }()
}

/// The error for arguments that no overload accepts.
@inlinable func noSuchOverload(_ function: String, _ arguments: Value...) -> Value {
    .fail(.noSuchOverload(function: function, arguments: arguments.map { $0.type.runtimeName }))
}
