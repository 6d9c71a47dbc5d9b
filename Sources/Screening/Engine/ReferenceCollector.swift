import CELSyntax

/// Finds the `project.X` fields, `facts.X` facts, `params.X` parameters and `lists.X` lists an
/// expression reads.
struct ReferenceCollector {
    private(set) var projectFields: Set<String> = []
    private(set) var facts: Set<String> = []
    private(set) var params: Set<String> = []
    private(set) var lists: Set<String> = []

    mutating func collect(_ expr: Expr) {
        var stack = [expr]
        while let node = stack.popLast() {
            switch node.kind {
            case .select(let operand, let field, _, _):
                if case .ident(let name, _) = operand.kind {
                    if name == "project" { projectFields.insert(field) }
                    if name == "facts" { facts.insert(field) }
                    if name == "params" { params.insert(field) }
                    if name == "lists" { lists.insert(field) }
                }
                stack.append(operand)
            case .call(_, let target, let args):
                if let target { stack.append(target) }
                stack.append(contentsOf: args)
            case .list(let elements, _):
                stack.append(contentsOf: elements)
            case .map(let entries):
                for entry in entries { stack.append(contentsOf: [entry.key, entry.value]) }
            case .structure(_, let fields):
                stack.append(contentsOf: fields.map(\.value))
            case .comprehension(let c):
                stack.append(contentsOf: [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result])
            case .literal, .ident:
                break
            }
        }
    }
}
