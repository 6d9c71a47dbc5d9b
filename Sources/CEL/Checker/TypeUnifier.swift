/// Type-parameter substitution for the checker: binds parameters as overloads are matched.
struct TypeUnifier {
    /// The bindings of type parameters made so far.
    private(set) var bindings: [String: CELType] = [:]
    private var counter = 0

    /// A type parameter that no overload shares.
    mutating func fresh() -> CELType {
        counter += 1
        return .parameter("_T\(counter)")
    }

    /// Renames an overload's parameters so that each use is independent.
    mutating func instantiate(_ types: [CELType]) -> [CELType] {
        var renaming: [String: CELType] = [:]
        func rename(_ type: CELType) -> CELType {
            switch type {
            case .parameter(let name):
                if let renamed = renaming[name] { return renamed }
                let renamed = fresh()
                renaming[name] = renamed
                return renamed
            case .list(let element): return .list(rename(element))
            case .map(let key, let value): return .map(rename(key), rename(value))
            case .type(let inner): return .type(rename(inner))
            case .optional(let inner): return .optional(rename(inner))
            default: return type
            }
        }
        return types.map(rename)
    }

    /// The type with every bound parameter replaced; unbound ones stay parameters.
    func resolve(_ type: CELType) -> CELType {
        switch type {
        case .parameter(let name):
            guard let bound = bindings[name] else { return type }
            return resolve(bound)
        case .list(let element): return .list(resolve(element))
        case .map(let key, let value): return .map(resolve(key), resolve(value))
        case .type(let inner): return .type(resolve(inner))
        case .optional(let inner): return .optional(resolve(inner))
        default: return type
        }
    }

    /// The final form of a type: unbound parameters become `dyn`.
    func finalize(_ type: CELType) -> CELType {
        switch resolve(type) {
        case .parameter: return .dyn
        case .list(let element): return .list(finalize(element))
        case .map(let key, let value): return .map(finalize(key), finalize(value))
        case .type(let inner): return .type(finalize(inner))
        case .optional(let inner): return .optional(finalize(inner))
        case let other: return other
        }
    }

    /// Whether a value of type `source` may be used where `target` is expected, binding
    /// parameters as needed. Bindings are kept only when the answer is yes.
    mutating func assign(_ target: CELType, _ source: CELType) -> Bool {
        let saved = bindings
        if unify(target, source) { return true }
        bindings = saved
        return false
    }

    private mutating func unify(_ target: CELType, _ source: CELType) -> Bool {
        let t = resolve(target)
        let s = resolve(source)
        if t == s { return true }
        switch (t, s) {
        case (.parameter(let name), _):
            if occurs(name, in: s) { return false }
            bindings[name] = s
            return true
        case (_, .parameter(let name)):
            if occurs(name, in: t) { return false }
            bindings[name] = t
            return true
        case (.dyn, _), (_, .dyn), (.error, _), (_, .error): return true
        case let (.list(a), .list(b)): return unify(a, b)
        case let (.map(k1, v1), .map(k2, v2)): return unify(k1, k2) && unify(v1, v2)
        case (.type, .type): return true
        case let (.optional(a), .optional(b)): return unify(a, b)
        default: return false
        }
    }

    private func occurs(_ name: String, in type: CELType) -> Bool {
        switch type {
        case .parameter(let other): return other == name
        case .list(let element): return occurs(name, in: element)
        case .map(let key, let value): return occurs(name, in: key) || occurs(name, in: value)
        case .type(let inner), .optional(let inner): return occurs(name, in: inner)
        default: return false
        }
    }

    /// The most specific type both may be used as: the type itself when they agree, else dyn.
    mutating func join(_ a: CELType, _ b: CELType) -> CELType {
        let ra = resolve(a)
        let rb = resolve(b)
        if ra == rb { return ra }
        if case .error = ra { return rb }
        if case .error = rb { return ra }
        let saved = bindings
        if unify(ra, rb), !containsDyn(rb) || containsDyn(ra) {
            return resolve(ra)
        }
        bindings = saved
        return .dyn
    }

    private func containsDyn(_ type: CELType) -> Bool {
        switch type {
        case .dyn: return true
        case .list(let e): return containsDyn(e)
        case .map(let k, let v): return containsDyn(k) || containsDyn(v)
        default: return false
        }
    }
}
