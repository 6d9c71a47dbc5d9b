/// A constant a condition compares a field with: a number, a string or a boolean.
///
/// CEL's `int` and `double` constants are both numbers here: the schema says whether a field
/// holds integers, and comparisons across the two types mean the same on the number line.
enum Scalar: Hashable, Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
}

/// What a condition's atom tests: one project field, or whether a list field holds one tag.
enum Variable: Hashable, Sendable {
    /// A scalar field: a number, a string, an enum or a boolean.
    case field(String)
    /// Whether the list field holds the tag (`"lime" in project.products`).
    case tag(field: String, tag: String)

    /// The project field the variable belongs to.
    var field: String {
        switch self {
        case .field(let name), .tag(let name, _): return name
        }
    }
}

/// How an atom compares its variable with constants.
enum FieldTest: Hashable, Sendable {
    case equal(Scalar)
    case notEqual(Scalar)
    case less(Double)
    case lessOrEqual(Double)
    case greater(Double)
    case greaterOrEqual(Double)
    /// The value is one of a constant set (`x in [..]`, or the keys of a constant map).
    case oneOf(Set<Scalar>)
    /// The boolean variable is true (a bool field alone, or a tag held).
    case isTrue
    /// The field is present (`has(project.x)`): true for every value the schema allows.
    case present

    /// Whether a value of the variable passes the test.
    func holds(for value: Scalar) -> Bool {
        switch (self, value) {
        case (.equal(let constant), _): return value == constant
        case (.notEqual(let constant), _): return value != constant
        case (.less(let bound), .number(let x)): return x < bound
        case (.lessOrEqual(let bound), .number(let x)): return x <= bound
        case (.greater(let bound), .number(let x)): return x > bound
        case (.greaterOrEqual(let bound), .number(let x)): return x >= bound
        case (.oneOf(let set), _): return set.contains(value)
        case (.isTrue, .bool(let flag)): return flag
        case (.present, _): return true
        default: return false
        }
    }

    /// The number the test compares with, when it is an order comparison or a number equality.
    var boundary: Double? {
        switch self {
        case .less(let x), .lessOrEqual(let x), .greater(let x), .greaterOrEqual(let x): return x
        case .equal(.number(let x)), .notEqual(.number(let x)): return x
        default: return nil
        }
    }

    /// The constants the test names that are not numbers on an order (strings, booleans, set members).
    var namedValues: [Scalar] {
        switch self {
        case .equal(let x), .notEqual(let x): return [x]
        case .oneOf(let set): return Array(set)
        default: return []
        }
    }
}

/// A boolean formula over atoms `variable test`, with the parts that are not such atoms kept
/// as opaque leaves naming the project fields they read.
indirect enum Formula: Sendable {
    case constant(Bool)
    case atom(Variable, FieldTest)
    /// A sub-expression that is not a comparison of one field with constants (a function call,
    /// arithmetic on fields, a comprehension): its truth depends on `fields` in a way the
    /// analysis does not model.
    case opaque(fields: Set<String>)
    case and([Formula])
    case or([Formula])
    case not(Formula)

    /// Evaluates with Kleene's three-valued logic: `nil` is unknown (an opaque leaf, or a
    /// variable `value` gives no value for).
    func evaluate(_ value: (Variable) -> Scalar?) -> Bool? {
        switch self {
        case .constant(let flag):
            return flag
        case .atom(let variable, let test):
            return value(variable).map(test.holds)
        case .opaque:
            return nil
        case .and(let parts):
            var result: Bool? = true
            for part in parts {
                switch part.evaluate(value) {
                case false?: return false
                case nil: result = nil
                case true?: continue
                }
            }
            return result
        case .or(let parts):
            var result: Bool? = false
            for part in parts {
                switch part.evaluate(value) {
                case true?: return true
                case nil: result = nil
                case false?: continue
                }
            }
            return result
        case .not(let inner):
            return inner.evaluate(value).map { !$0 }
        }
    }

    /// Every atom, in the order written.
    var atoms: [(Variable, FieldTest)] {
        switch self {
        case .constant, .opaque: return []
        case .atom(let variable, let test): return [(variable, test)]
        case .and(let parts), .or(let parts): return parts.flatMap(\.atoms)
        case .not(let inner): return inner.atoms
        }
    }

    /// The project fields read by opaque leaves.
    var opaqueFields: Set<String> {
        switch self {
        case .constant, .atom: return []
        case .opaque(let fields): return fields
        case .and(let parts), .or(let parts): return parts.reduce(into: []) { $0.formUnion($1.opaqueFields) }
        case .not(let inner): return inner.opaqueFields
        }
    }

    /// The number of nodes.
    var size: Int {
        switch self {
        case .constant, .atom, .opaque: return 1
        case .and(let parts), .or(let parts): return parts.reduce(1) { $0 + $1.size }
        case .not(let inner): return 1 + inner.size
        }
    }

    /// The variables of the atoms, each once, in the order first written.
    var variables: [Variable] {
        var seen: Set<Variable> = []
        return atoms.compactMap { seen.insert($0.0).inserted ? $0.0 : nil }
    }
}
