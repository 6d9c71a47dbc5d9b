import CELSyntax
import Diagnostics

/// The result of checking: the deduced type of every node.
public struct CheckedExpr: Sendable {
    /// The parsed expression.
    public let parsed: ParsedExpr
    /// The type of each node, by `ExprID.rawValue`.
    public let types: [Int32: CELType]
    /// The type of the whole expression.
    public var resultType: CELType { types[parsed.root.id.rawValue] ?? .dyn }
}

/// Checks an expression against an environment before anything is evaluated: undeclared
/// names, unknown fields, functions without a matching overload and type mismatches.
struct Checker {
    let environment: Environment
    var unifier = TypeUnifier()
    var types: [Int32: CELType] = [:]
    var diagnostics: [Diagnostic] = []
    var scopes: [(name: String, type: CELType)] = []
    var parsed: ParsedExpr?

    init(environment: Environment) {
        self.environment = environment
    }

    mutating func check(_ expr: ParsedExpr) -> Result<CheckedExpr, CompileFailure> {
        parsed = expr
        _ = visit(expr.root)
        guard diagnostics.isEmpty else { return .failure(CompileFailure(diagnostics: diagnostics)) }
        let final = types.mapValues { unifier.finalize($0) }
        return .success(CheckedExpr(parsed: expr, types: final))
    }

    mutating func report(_ id: ExprID, vi: String, en: String, help: LocalizedText? = nil, shift: Int = 0) {
        guard let parsed else { return }
        diagnostics.append(
            parsed.source.diagnostic(
                code: "cel.check", offset: parsed.offset(of: id) + shift, message: LocalizedText(vi: vi, en: en),
                help: help))
    }

    /// "did you mean `x`?" for a name close to one of `candidates`.
    func suggestion(_ name: String, among candidates: [String]) -> LocalizedText? {
        NameSuggestion.closest(to: name, among: candidates).map {
            LocalizedText(vi: "có phải là `\($0)`?", en: "did you mean `\($0)`?")
        }
    }

    @discardableResult
    mutating func record(_ id: ExprID, _ type: CELType) -> CELType {
        types[id.rawValue] = type
        return type
    }

    func describe(_ type: CELType) -> String { unifier.finalize(type).description }

    mutating func visit(_ expr: Expr) -> CELType {
        switch expr.kind {
        case .literal(let constant):
            return record(expr.id, Self.type(of: constant))
        case .ident, .select(_, _, false, false):
            if let type = visitQualified(expr) { return record(expr.id, type) }
            if case .select(let operand, let field, _, _) = expr.kind {
                return record(expr.id, selectField(expr.id, visit(operand), field))
            }
            if case .ident(let name, _) = expr.kind {
                let scope = environment.container.isEmpty ? "" : " (container `\(environment.container)`)"
                report(expr.id, vi: "tên `\(name)` chưa được khai báo\(scope)",
                       en: "undeclared reference to `\(name)`\(scope)")
            }
            return record(expr.id, .error)
        case .select(let operand, let field, true, _):
            let operandType = unifier.resolve(visit(operand))
            _ = selectField(expr.id, operandType, field)
            return record(expr.id, .bool)
        case .select(let operand, let field, false, true):
            let operandType = unifier.resolve(visit(operand))
            let inner: CELType
            if case .optional(let wrapped) = operandType { inner = wrapped } else { inner = operandType }
            return record(expr.id, .optional(selectField(expr.id, inner, field)))
        case .call:
            return record(expr.id, visitCall(expr))
        case .list(let elements, let optionalIndices):
            var elementType: CELType?
            for (index, element) in elements.enumerated() {
                var type = visit(element)
                if optionalIndices.contains(index), case .optional(let wrapped) = unifier.resolve(type) {
                    type = wrapped
                }
                elementType = elementType.map { unifier.join($0, type) } ?? type
            }
            return record(expr.id, .list(elementType ?? unifier.fresh()))
        case .map(let entries):
            var keyType: CELType?
            var valueType: CELType?
            for entry in entries {
                let key = visit(entry.key)
                var value = visit(entry.value)
                if entry.optional, case .optional(let wrapped) = unifier.resolve(value) { value = wrapped }
                keyType = keyType.map { unifier.join($0, key) } ?? key
                valueType = valueType.map { unifier.join($0, value) } ?? value
                if let keyType, !Self.isValidKeyType(unifier.resolve(keyType)) {
                    report(entry.key.id, vi: "kiểu khóa `\(describe(key))` không hợp lệ",
                           en: "unsupported map key type `\(describe(key))`")
                }
            }
            return record(expr.id, .map(keyType ?? unifier.fresh(), valueType ?? unifier.fresh()))
        case .structure(let typeName, let fields):
            for field in fields { _ = visit(field.value) }
            report(expr.id, vi: "không hỗ trợ tạo thông điệp `\(typeName)`",
                   en: "message construction `\(typeName)` is not supported")
            return record(expr.id, .error)
        case .comprehension(let comprehension):
            return record(expr.id, visitComprehension(comprehension))
        }
    }

    static func isValidKeyType(_ type: CELType) -> Bool {
        switch type {
        case .int, .uint, .bool, .string, .dyn, .parameter, .error: return true
        default: return false
        }
    }

    static func type(of constant: Constant) -> CELType {
        Planner.value(of: constant).type
    }

    /// The type of `operand.field`.
    mutating func selectField(_ id: ExprID, _ operand: CELType, _ field: String) -> CELType {
        switch unifier.resolve(operand) {
        case .optional(let inner):
            return .optional(selectField(id, inner, field))
        case .object(let object):
            if let type = object.fieldType(field) { return type }
            report(id, vi: "`\(object.name)` không có trường `\(field)`",
                   en: "undefined field `\(field)` of `\(object.name)`",
                   help: suggestion(field, among: object.fields.map(\.name)), shift: 1)
            return .error
        case .map(let key, let value):
            if unifier.assign(key, .string) { return value }
            report(id, vi: "không chọn được trường `\(field)` trên `\(describe(operand))`",
                   en: "type `\(describe(operand))` does not support field selection")
            return .error
        case .dyn, .error, .parameter: return .dyn
        case let other:
            report(id, vi: "không chọn được trường `\(field)` trên kiểu `\(describe(other))`",
                   en: "type `\(describe(other))` does not support field selection")
            return .error
        }
    }

    /// A comprehension variable, a declared variable or a type name, with field selections.
    mutating func visitQualified(_ expr: Expr) -> CELType? {
        let scopes = self.scopes
        guard let name = QualifiedName(expr),
            let resolution = environment.resolve(name, isLocal: { local in scopes.contains { $0.name == local } })
        else { return nil }
        var current: CELType
        switch resolution {
        case .local(let local):
            guard let type = scopes.last(where: { $0.name == local })?.type else { return nil }
            current = type
        case .variable(let declaration, _): current = declaration.type
        case .type(let type, _): current = .type(type)
        }
        let consumed = resolution.count
        record(name.ids[consumed - 1], current)
        for index in consumed..<name.parts.count {
            current = selectField(name.ids[index], current, name.parts[index])
            record(name.ids[index], current)
        }
        return current
    }

    mutating func visitComprehension(_ c: Comprehension) -> CELType {
        let rangeType = unifier.resolve(visit(c.iterRange))
        var iterType: CELType = .dyn
        var iterType2: CELType?
        switch rangeType {
        case .list(let element):
            if c.iterVar2 != nil {
                iterType = .int
                iterType2 = element
            } else {
                iterType = element
            }
        case .map(let key, let value):
            iterType = key
            iterType2 = value
        case .dyn, .error, .parameter:
            iterType2 = .dyn
        default:
            report(c.iterRange.id, vi: "không lặp được trên kiểu `\(describe(rangeType))`",
                   en: "expression of type `\(describe(rangeType))` cannot be the range of a comprehension")
        }
        let accuType = visit(c.accuInit)
        let saved = scopes
        scopes.append((c.accuVar, accuType))
        scopes.append((c.iterVar, iterType))
        if let iterVar2 = c.iterVar2 { scopes.append((iterVar2, iterType2 ?? .dyn)) }
        let conditionType = visit(c.loopCondition)
        if !unifier.assign(.bool, conditionType) {
            report(c.loopCondition.id, vi: "điều kiện lặp phải là bool", en: "loop condition must be bool")
        }
        let stepType = visit(c.loopStep)
        if !unifier.assign(accuType, stepType) {
            report(c.loopStep.id, vi: "kiểu `\(describe(stepType))` không khớp `\(describe(accuType))`",
                   en: "type `\(describe(stepType))` does not match accumulator `\(describe(accuType))`")
        }
        scopes = saved
        scopes.append((c.accuVar, accuType))
        let resultType = visit(c.result)
        scopes = saved
        return resultType
    }
}
