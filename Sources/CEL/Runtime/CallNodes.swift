import CELSyntax

/// The first unknown (merged with the others) or else the first error among `values`.
func strictFailure(_ values: [Value]) -> Value? {
    var unknown: Unknown?
    var error: Value?
    for value in values {
        switch value {
        case .unknown(let u): unknown = unknown.map { $0.merged(with: u) } ?? u
        case .error: if error == nil { error = value }
        default: break
        }
    }
    if let unknown { return .unknown(unknown) }
    return error
}

/// A strict call with one argument.
final class Call1Node: Interpretable, @unchecked Sendable {
    let function: @Sendable (Value) -> Value
    let argument: Interpretable
    init(id: ExprID, function: @escaping @Sendable (Value) -> Value, argument: Interpretable) {
        self.function = function
        self.argument = argument
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let value = argument.eval(activation)
        if value.isErrorOrUnknown { return value }
        return function(value)
    }
}

/// A strict call with two arguments.
final class Call2Node: Interpretable, @unchecked Sendable {
    let function: @Sendable (Value, Value) -> Value
    let lhs: Interpretable
    let rhs: Interpretable
    init(id: ExprID, function: @escaping @Sendable (Value, Value) -> Value, lhs: Interpretable, rhs: Interpretable) {
        self.function = function
        self.lhs = lhs
        self.rhs = rhs
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let left = lhs.eval(activation)
        let right = rhs.eval(activation)
        if left.isErrorOrUnknown || right.isErrorOrUnknown {
            return strictFailure([left, right]) ?? left
        }
        return function(left, right)
    }
}

/// A strict call with any number of arguments.
final class CallNode: Interpretable, @unchecked Sendable {
    let function: FunctionImpl
    let arguments: [Interpretable]
    init(id: ExprID, function: FunctionImpl, arguments: [Interpretable]) {
        self.function = function
        self.arguments = arguments
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let values = arguments.map { $0.eval(activation) }
        if let failure = strictFailure(values) { return failure }
        return function.call(values)
    }
}

/// Builds a list; optional elements (`?e`) are included only when present.
final class ListNode: Interpretable, @unchecked Sendable {
    let elements: [Interpretable]
    let optional: Set<Int>
    init(id: ExprID, elements: [Interpretable], optional: Set<Int>) {
        self.elements = elements
        self.optional = optional
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let value = element.eval(activation)
            if optional.contains(index), case .optional(let wrapped) = value {
                if let wrapped { values.append(wrapped) }
                continue
            }
            values.append(value)
        }
        if let failure = strictFailure(values) { return failure }
        return .list(values)
    }
}

/// Builds a map; keys must be distinct; optional entries are included only when present.
final class MapNode: Interpretable, @unchecked Sendable {
    let keys: [Interpretable]
    let values: [Interpretable]
    let optional: Set<Int>
    init(id: ExprID, keys: [Interpretable], values: [Interpretable], optional: Set<Int>) {
        self.keys = keys
        self.values = values
        self.optional = optional
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        var keyValues: [Value] = []
        var entryValues: [Value] = []
        for index in keys.indices {
            let key = keys[index].eval(activation)
            let value = values[index].eval(activation)
            if optional.contains(index), case .optional(let wrapped) = value {
                guard let wrapped else { continue }
                keyValues.append(key)
                entryValues.append(wrapped)
                continue
            }
            keyValues.append(key)
            entryValues.append(value)
        }
        if let failure = strictFailure(keyValues + entryValues) { return failure }
        switch MapValue.make(keys: keyValues, values: entryValues) {
        case .success(let map): return .map(map)
        case .failure(let error): return .error(error)
        }
    }
}
