import CEL
import CELSyntax
import Diagnostics

/// Compiles a loaded policy: types its parameters and lists, orders and checks its facts,
/// checks every rule's expressions against the schema, and plans them once.
struct PolicyCompiler {
    let policy: Policy
    var diagnostics: [Diagnostic] = []

    init(policy: Policy) {
        self.policy = policy
    }

    mutating func compile() -> Result<CompiledPolicy, PolicyLoadFailure> {
        let params = constantObject("params", policy.parameters.map { ($0.name, $0.value) })
        let lists = constantObject("lists", policy.lists.map { ($0.name, Value.list($0.values)) })
        let order = factOrder()
        var factTypes: [String: CELType] = [:]
        var factPrograms: [String: Program] = [:]
        for fact in order {
            let factsType = ObjectType(name: "facts", fields: order.map { ($0.name, factTypes[$0.name] ?? .dyn) })
            let environment = makeEnvironment(params: params, lists: lists, facts: factsType)
            guard let program = compileExpression(fact.expression, in: environment, expecting: nil) else { continue }
            factTypes[fact.name] = program.resultType
            factPrograms[fact.name] = program
        }
        let factsType = ObjectType(name: "facts", fields: policy.facts.map { ($0.name, factTypes[$0.name] ?? .dyn) })
        let environment = makeEnvironment(params: params, lists: lists, facts: factsType)
        let facts = order.compactMap { fact -> CompiledFact? in
            guard let program = factPrograms[fact.name],
                let slot = environment.slot(ofField: fact.name, in: "facts")
            else { return nil }
            return CompiledFact(name: fact.name, slot: slot, program: program)
        }
        let factFields = Self.fieldsReadByFacts(facts)
        var rules: [CompiledRule] = []
        for rule in policy.rules {
            if let compiled = compileRule(rule, index: rules.count, environment: environment, factFields: factFields) {
                rules.append(compiled)
            }
        }
        guard diagnostics.isEmpty else { return .failure(PolicyLoadFailure(diagnostics: diagnostics)) }
        return .success(CompiledPolicy(policy: policy, environment: environment, facts: facts, rules: rules))
    }

    // MARK: - Environment

    private func constantObject(_ name: String, _ entries: [(String, Value)]) -> (ObjectType, Value) {
        let type = ObjectType(name: name, fields: entries.map { ($0.0, Self.type(of: $0.1)) })
        return (type, .map(MapValue(stringEntries: entries)))
    }

    private func makeEnvironment(params: (ObjectType, Value), lists: (ObjectType, Value), facts: ObjectType)
        -> Environment
    {
        Environment(variables: [
            VariableDecl(name: "project", type: .object(policy.schema.objectType), missingKeysAreUnknown: true),
            VariableDecl(name: "facts", type: .object(facts)),
            VariableDecl(name: "params", type: .object(params.0), constant: params.1),
            VariableDecl(name: "lists", type: .object(lists.0), constant: lists.1),
        ])
    }

    /// The CEL type of a constant: lists and maps typed by their elements when they agree.
    static func type(of value: Value) -> CELType {
        switch value {
        case .list(let elements):
            let types = Set(elements.map { type(of: $0).description })
            return .list(types.count == 1 ? type(of: elements[0]) : .dyn)
        case .map(let map):
            let types = Set(map.values.map { type(of: $0).description })
            return .map(.string, types.count == 1 ? type(of: map.values[0]) : .dyn)
        default:
            return value.type
        }
    }

    // MARK: - Expressions

    /// Compiles one expression, reporting its errors; checks its type when `expecting` is set.
    mutating func compileExpression(_ source: ExpressionSource, in environment: Environment, expecting: CELType?)
        -> Program?
    {
        switch environment.compile(source) {
        case .success(let program):
            if let expecting, program.resultType != expecting, program.resultType != .dyn {
                diagnostics.append(source.diagnostic(
                    code: "policy.type", offset: 0,
                    message: LocalizedText(
                        vi: "biểu thức phải cho kết quả kiểu \(expecting), nhưng cho \(program.resultType)",
                        en: "expression must be of type \(expecting), but is \(program.resultType)")))
                return nil
            }
            return program
        case .failure(let failure):
            diagnostics += failure.diagnostics
            return nil
        }
    }

    private mutating func compileCondition(_ condition: Condition, environment: Environment) -> CompiledCondition? {
        switch condition {
        case .expression(let source):
            return compileExpression(source, in: environment, expecting: .bool)
                .map { .expression($0, text: source.text) }
        case .all(let parts):
            let compiled = parts.compactMap { compileCondition($0, environment: environment) }
            return compiled.count == parts.count ? .all(compiled) : nil
        case .any(let parts):
            let compiled = parts.compactMap { compileCondition($0, environment: environment) }
            return compiled.count == parts.count ? .any(compiled) : nil
        case .not(let inner):
            return compileCondition(inner, environment: environment).map { .not($0) }
        }
    }

    private mutating func compileRule(
        _ rule: Rule, index: Int, environment: Environment, factFields: [String: Set<String>]
    ) -> CompiledRule?
    {
        let when = compileCondition(rule.when, environment: environment)
        let unless = rule.unless.flatMap { compileExpression($0, in: environment, expecting: .bool) }
        let vi = compileTemplate(rule.message.vi, environment: environment)
        let en = compileTemplate(rule.message.en, environment: environment)
        if let clauses = policy.clauses, clauses[rule.cite.clause] == nil {
            diagnostics.append(Diagnostic(
                code: "policy.clause", location: rule.cite.location,
                message: LocalizedText(
                    vi: "quy tắc `\(rule.id)` trích điều khoản `\(rule.cite.clause)` không có trong văn bản nguồn",
                    en: "rule `\(rule.id)` cites clause `\(rule.cite.clause)`, which the source does not have"),
                sourceLine: rule.cite.location.map { rule.message.vi.file.line($0.line) }))
        }
        guard let when, let vi, let en, rule.unless == nil || unless != nil else { return nil }
        let whenProgram: Program
        if case .expression(let program, _) = when {
            whenProgram = program
        } else {
            let combined = ExpressionSource(text: when.combinedText, path: rule.location?.file)
            guard let program = compileExpression(combined, in: environment, expecting: .bool) else { return nil }
            whenProgram = program
        }
        var collector = ReferenceCollector()
        Self.visit(when) { collector.collect($0.parsed.root) }
        if let unless { collector.collect(unless.parsed.root) }
        var fields = collector.projectFields
        for fact in collector.facts { fields.formUnion(factFields[fact] ?? []) }
        let positions = fields.compactMap { policy.schema.index[$0] }.sorted()
        return CompiledRule(
            rule: rule, index: index, when: when, whenProgram: whenProgram, unless: unless, messageVI: vi, messageEN: en,
            fieldsRead: positions.map { ("project.\(policy.schema.fields[$0].name)", $0) })
    }

    private mutating func compileTemplate(_ source: ExpressionSource, environment: Environment) -> MessageTemplate? {
        switch MessageTemplate.compile(source, in: environment) {
        case .success(let template): return template
        case .failure(let failure):
            diagnostics += failure.diagnostics
            return nil
        }
    }

    static func visit(_ condition: CompiledCondition, _ body: (Program) -> Void) {
        switch condition {
        case .expression(let program, _): body(program)
        case .all(let parts), .any(let parts): parts.forEach { visit($0, body) }
        case .not(let inner): visit(inner, body)
        }
    }
}
