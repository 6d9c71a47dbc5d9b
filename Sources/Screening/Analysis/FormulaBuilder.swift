import CEL
import CELSyntax

/// Turns a checked condition into a ``Formula``: `&&`, `||` and `!` become its connectives,
/// comparisons of one project field with a constant become atoms, and anything else an
/// opaque leaf.
///
/// `params.*` and `lists.*` are folded to their values. Facts are inlined: `facts.in_zone`
/// becomes the formula of `project.site in lists.zone_sites`, so that a rule is analysed in
/// terms of the project's own fields (the compiled facts come in dependency order, so each
/// fact's formula is built from those of the facts it reads).
struct FormulaBuilder: Sendable {
    /// The project's fields, for their kinds and allowed values.
    let schema: Schema
    /// The policy's parameters by name, folded into comparisons.
    let parameters: [String: Value]
    /// The policy's lists by name, folded into comparisons.
    let lists: [String: Value]
    /// For each fact, the project fields it reads, through the facts it reads.
    let factFields: [String: Set<String>]
    /// The formula of each fact, built once in dependency order.
    private(set) var factFormulas: [String: Formula] = [:]
    /// Project fields taken as constants: when specialised to a record, its values of every
    /// field but the one solved for.
    let fixed: [String: Value]
    /// The field arithmetic comparisons are solved for, when specialised to a record.
    let solvedField: String?

    /// How deep a condition may nest before the rest is left opaque.
    static let maxDepth = 400
    /// The most nodes a fact's formula may have inlined; a larger one is left opaque, so that
    /// facts built on facts cannot make formulas grow without bound.
    static let maxFactSize = 2_000

    /// A builder for the expressions of a compiled policy; specialised, with `record`, to read
    /// every field the record gives but `field` as a constant, and to solve comparisons of
    /// arithmetic on `field` (see ``solved(_:_:_:)``).
    init(policy: CompiledPolicy, fixing record: ProjectRecord? = nil, except field: String? = nil) {
        schema = policy.schema
        var fixed: [String: Value] = [:]
        if let record {
            for (position, schemaField) in policy.schema.fields.enumerated()
            where schemaField.name != field && position < record.values.count {
                if let value = record.values[position] { fixed[schemaField.name] = value }
            }
        }
        self.fixed = fixed
        solvedField = record == nil ? nil : field
        parameters = Dictionary(policy.policy.parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        lists = Dictionary(policy.policy.lists.map { ($0.name, Value.list($0.values)) }, uniquingKeysWith: { a, _ in a })
        factFields = PolicyCompiler.fieldsReadByFacts(policy.facts)
        for fact in policy.facts {
            let built = formula(fact.program.parsed.root)
            factFormulas[fact.name] = built.size <= Self.maxFactSize ? built : .opaque(fields: fieldsRead(fact.program.parsed.root))
        }
    }

    /// The formula of a structured or single condition.
    func formula(_ condition: CompiledCondition) -> Formula {
        switch condition {
        case .expression(let program, _): return formula(program.parsed.root)
        case .all(let parts): return .and(parts.map(formula))
        case .any(let parts): return .or(parts.map(formula))
        case .not(let inner): return .not(formula(inner))
        }
    }

    /// The formula of one expression.
    func formula(_ expr: Expr, depth: Int = 0) -> Formula {
        guard depth < Self.maxDepth else { return .opaque(fields: fieldsRead(expr)) }
        switch expr.kind {
        case .literal(.bool(let flag)):
            return .constant(flag)
        case .select(let operand, let field, let testOnly, false):
            if case .ident("facts", _) = operand.kind, let fact = factFormulas[field] {
                return fact
            }
            if case .bool(let flag)? = constant(expr) { return .constant(flag) }
            if let name = projectField(expr) {
                if schema.field(name)?.kind == .bool { return .atom(.field(name), .isTrue) }
            } else if testOnly, let name = projectField(operand, selecting: field) {
                return .atom(.field(name), .present)
            }
        case .call(let function, nil, let args):
            if let connective = connective(function, args, depth: depth) { return connective }
            if args.count == 2, let atom = comparison(function, args[0], args[1]) { return atom }
        default:
            break
        }
        return .opaque(fields: fieldsRead(expr))
    }

    /// `&&`, `||` and `!` as formulas of their operands; nil for any other function.
    private func connective(_ function: String, _ args: [Expr], depth: Int) -> Formula? {
        switch function {
        case Operator.logicalAnd: return .and(args.map { formula($0, depth: depth + 1) })
        case Operator.logicalOr: return .or(args.map { formula($0, depth: depth + 1) })
        case Operator.logicalNot where args.count == 1: return .not(formula(args[0], depth: depth + 1))
        default: return nil
        }
    }

    /// `project.f OP constant` (either way round), `project.f in constants`, `"tag" in project.list`.
    private func comparison(_ function: String, _ lhs: Expr, _ rhs: Expr) -> Formula? {
        if function == Operator.in {
            if let field = projectField(lhs), let set = constantSet(rhs) { return .atom(.field(field), .oneOf(set)) }
            if let field = projectField(rhs), schema.field(field)?.kind == .list,
                case .string(let tag)? = constant(lhs).flatMap(Self.scalar)
            {
                return .atom(.tag(field: field, tag: tag), .isTrue)
            }
            return nil
        }
        if let field = projectField(lhs), let value = constant(rhs).flatMap(Self.scalar) {
            return Self.test(function, value).map { .atom(.field(field), $0) }
        }
        if let field = projectField(rhs), let value = constant(lhs).flatMap(Self.scalar) {
            return Self.test(Self.mirrored(function), value).map { .atom(.field(field), $0) }
        }
        if let left = constant(lhs).flatMap(Self.scalar), let right = constant(rhs).flatMap(Self.scalar),
            let test = Self.test(function, right)
        {
            return .constant(test.holds(for: left))
        }
        return solved(function, lhs, rhs)
    }

    /// The test an operator makes with a constant on its right; nil for orderings of non-numbers.
    static func test(_ function: String, _ value: Scalar) -> FieldTest? {
        switch (function, value) {
        case (Operator.equals, _): return .equal(value)
        case (Operator.notEquals, _): return .notEqual(value)
        case (Operator.less, .number(let x)): return .less(x)
        case (Operator.lessEquals, .number(let x)): return .lessOrEqual(x)
        case (Operator.greater, .number(let x)): return .greater(x)
        case (Operator.greaterEquals, .number(let x)): return .greaterOrEqual(x)
        default: return nil
        }
    }

    /// The operator with its operands swapped: `c < x` is `x > c`.
    static func mirrored(_ function: String) -> String {
        switch function {
        case Operator.less: return Operator.greater
        case Operator.lessEquals: return Operator.greaterEquals
        case Operator.greater: return Operator.less
        case Operator.greaterEquals: return Operator.lessEquals
        default: return function
        }
    }

    // MARK: - Fields and constants

    /// The field name when the expression is `project.field` of a schema field not fixed.
    func projectField(_ expr: Expr) -> String? {
        guard case .select(let operand, let field, false, false) = expr.kind, fixed[field] == nil else { return nil }
        return projectField(operand, selecting: field)
    }

    /// The field name when `operand` is `project` and the schema has `field`.
    private func projectField(_ operand: Expr, selecting field: String) -> String? {
        guard case .ident("project", _) = operand.kind, schema.field(field) != nil else { return nil }
        return field
    }

    /// The value of an expression made only of literals, `params.*`, `lists.*` and fixed
    /// fields, with double arithmetic, indexes and negation folded.
    func constant(_ expr: Expr) -> Value? {
        switch expr.kind {
        case .literal(let literal):
            return Value(literal)
        case .select(let operand, let field, false, false):
            if case .ident(let name, _) = operand.kind {
                if name == "params" { return parameters[field] }
                if name == "lists" { return lists[field] }
                if name == "project" { return fixed[field] }
            }
            if case .map(let map)? = constant(operand) { return map.lookup(string: field) }
            return nil
        case .list(let elements, let optional) where optional.isEmpty:
            var values: [Value] = []
            for element in elements {
                guard let value = constant(element) else { return nil }
                values.append(value)
            }
            return .list(values)
        case .call(let function, nil, let args) where args.count == 2 && Self.arithmetic.contains(function):
            guard case .double(let x)? = constant(args[0]), case .double(let y)? = constant(args[1]) else { return nil }
            return Self.fold(function, x, y).map(Value.double)
        case .call(Operator.index, nil, let args) where args.count == 2:
            switch (constant(args[0]), constant(args[1])) {
            case (.map(let map)?, let key?): return map.lookup(key)
            case (.list(let items)?, .int(let index)?): return items.indices.contains(Int(index)) ? items[Int(index)] : nil
            default: return nil
            }
        case .call(Operator.negate, nil, let args) where args.count == 1:
            switch constant(args[0]) {
            case .int(let i)? where i != .min: return .int(-i)
            case .double(let d)?: return .double(-d)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The members of a constant list, or the keys of a constant map, when all are scalars.
    private func constantSet(_ expr: Expr) -> Set<Scalar>? {
        let members: [Value]
        switch constant(expr) {
        case .list(let values)?: members = values
        case .map(let map)?: members = map.keys
        default: return nil
        }
        let scalars = members.compactMap(Self.scalar)
        return scalars.count == members.count ? Set(scalars) : nil
    }

    /// A number, string or boolean value as a scalar.
    static func scalar(_ value: Value) -> Scalar? {
        switch value {
        case .int(let i): return .number(Double(i))
        case .uint(let u): return .number(Double(u))
        case .double(let d) where !d.isNaN: return .number(d)
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        default: return nil
        }
    }

    /// The project fields an expression reads, through the facts it reads.
    func fieldsRead(_ expr: Expr) -> Set<String> {
        var collector = ReferenceCollector()
        collector.collect(expr)
        return collector.facts.reduce(collector.projectFields) { $0.union(factFields[$1] ?? []) }
    }
}
