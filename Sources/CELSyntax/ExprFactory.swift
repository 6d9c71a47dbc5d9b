/// Makes syntax nodes with fresh identifiers and records where each one came from.
///
/// Identifiers are handed out in the order nodes are made, starting at 1, which is the source
/// order of the tokens that define them (for a map entry, after its key).
///
/// The number of nodes is capped: macros that copy an argument (`optMap`) can double a tree
/// at each level of nesting. Past the cap the factory stops copying and sets ``isExhausted``;
/// the parse then fails.
struct ExprFactory {
    private var lastID: Int32 = 0
    /// The most nodes one expression may have.
    let maxNodes: Int32
    /// Whether more than ``maxNodes`` nodes were asked for.
    private(set) var isExhausted = false
    /// The UTF-8 offset of each node, by identifier.
    private(set) var offsets: [Int32: Int] = [:]
    /// The original call of each macro expansion, by the expansion's identifier.
    private(set) var macroCalls: [Int32: Expr] = [:]

    /// A factory for at most `maxNodes` nodes.
    init(maxNodes: Int32 = Int32.max - 1) {
        self.maxNodes = max(1, min(maxNodes, Int32.max - 1))
    }

    /// A fresh identifier located at `offset`; past ``maxNodes``, the last one again.
    mutating func nextID(at offset: Int) -> ExprID {
        guard lastID < maxNodes else {
            isExhausted = true
            return ExprID(lastID)
        }
        lastID += 1
        offsets[lastID] = offset
        return ExprID(lastID)
    }

    /// The offset recorded for an identifier.
    func offset(of id: ExprID) -> Int { offsets[id.rawValue] ?? 0 }

    /// Records the call that a macro expansion replaced.
    mutating func recordMacroCall(_ call: Expr, expandedAs id: ExprID) {
        macroCalls[id.rawValue] = call
    }

    mutating func node(_ kind: ExprKind, at offset: Int) -> Expr {
        Expr(id: nextID(at: offset), kind: kind)
    }

    mutating func literal(_ constant: Constant, at offset: Int) -> Expr {
        node(.literal(constant), at: offset)
    }

    mutating func ident(_ name: String, at offset: Int) -> Expr {
        node(.ident(name: name, isRooted: false), at: offset)
    }

    mutating func call(_ function: String, _ args: [Expr], at offset: Int) -> Expr {
        node(.call(function: function, target: nil, args: args), at: offset)
    }

    mutating func memberCall(_ function: String, target: Expr, _ args: [Expr], at offset: Int) -> Expr {
        node(.call(function: function, target: target, args: args), at: offset)
    }

    mutating func list(_ elements: [Expr], at offset: Int) -> Expr {
        node(.list(elements: elements, optionalIndices: []), at: offset)
    }

    /// A copy of a tree with fresh identifiers at the same offsets, for macros that use an
    /// argument twice. The tree's height is bounded by the parser's depth limit; once the
    /// factory is exhausted the rest of the tree is not copied.
    mutating func copy(_ expr: Expr) -> Expr {
        guard !isExhausted else { return expr }
        let kind: ExprKind
        switch expr.kind {
        case .literal, .ident:
            kind = expr.kind
        case .select(let operand, let field, let testOnly, let optional):
            kind = .select(operand: copy(operand), field: field, testOnly: testOnly, optional: optional)
        case .call(let function, let target, let args):
            kind = .call(function: function, target: target.map { copy($0) }, args: args.map { copy($0) })
        case .list(let elements, let optionalIndices):
            kind = .list(elements: elements.map { copy($0) }, optionalIndices: optionalIndices)
        case .map(let entries):
            kind = .map(
                entries: entries.map { entry in
                    MapEntry(
                        id: nextID(at: offset(of: entry.id)), key: copy(entry.key), value: copy(entry.value),
                        optional: entry.optional)
                })
        case .structure(let typeName, let fields):
            kind = .structure(
                typeName: typeName,
                fields: fields.map { field in
                    StructField(
                        id: nextID(at: offset(of: field.id)), name: field.name, value: copy(field.value),
                        optional: field.optional)
                })
        case .comprehension(let c):
            kind = .comprehension(
                Comprehension(
                    iterRange: copy(c.iterRange), iterVar: c.iterVar, iterVar2: c.iterVar2, accuVar: c.accuVar,
                    accuInit: copy(c.accuInit), loopCondition: copy(c.loopCondition), loopStep: copy(c.loopStep),
                    result: copy(c.result)))
        }
        let id = nextID(at: offset(of: expr.id))
        if let call = macroCalls[expr.id.rawValue] { macroCalls[id.rawValue] = call }
        return Expr(id: id, kind: kind)
    }
}
