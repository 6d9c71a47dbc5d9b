/// Builds the tree of a run of binary operators without recursion.
///
/// Relations, additions and multiplications are left-associative and reduced by precedence
/// over an explicit stack; `&&` and `||` chains become balanced trees, as in cel-go, so that
/// long chains stay shallow. Use: ``init(first:)``, then alternately an operator (``push(_:precedence:id:)``,
/// ``pushAnd(id:)`` or ``pushOr(id:)``) and ``pushOperand(_:)``, then ``finish()``.
struct OperatorChain {
    /// Operands each followed by an arithmetic or relational operator not applied yet.
    private var stack: [(operand: Expr, function: String, precedence: Int, id: ExprID)] = []
    /// The latest operand.
    private var current: Expr
    /// Finished `&&` terms, each followed by the identifier of its `&&`.
    private var andChain: [(term: Expr, id: ExprID)] = []
    /// Finished `||` terms, each followed by the identifier of its `||`.
    private var orChain: [(term: Expr, id: ExprID)] = []

    /// A chain that starts with `first`.
    init(first: Expr) {
        current = first
    }

    /// The function and precedence of an arithmetic or relational operator (higher binds tighter).
    static func binaryOperator(_ kind: TokenKind) -> (function: String, precedence: Int)? {
        switch kind {
        case .keywordIn: return (Operator.in, 1)
        case .punctuation(.equals): return (Operator.equals, 1)
        case .punctuation(.notEquals): return (Operator.notEquals, 1)
        case .punctuation(.less): return (Operator.less, 1)
        case .punctuation(.lessEquals): return (Operator.lessEquals, 1)
        case .punctuation(.greater): return (Operator.greater, 1)
        case .punctuation(.greaterEquals): return (Operator.greaterEquals, 1)
        case .punctuation(.plus): return (Operator.add, 2)
        case .punctuation(.minus): return (Operator.subtract, 2)
        case .punctuation(.star): return (Operator.multiply, 3)
        case .punctuation(.slash): return (Operator.divide, 3)
        case .punctuation(.percent): return (Operator.modulo, 3)
        default: return nil
        }
    }

    /// Adds an arithmetic or relational operator after the latest operand.
    mutating func push(_ function: String, precedence: Int, id: ExprID) {
        while let top = stack.last, top.precedence >= precedence {
            stack.removeLast()
            current = Self.call(top.function, top.id, top.operand, current)
        }
        stack.append((current, function, precedence, id))
    }

    /// Adds `&&` after the latest operand.
    mutating func pushAnd(id: ExprID) {
        andChain.append((closeArithmetic(), id))
    }

    /// Adds `||` after the latest operand.
    mutating func pushOr(id: ExprID) {
        let andTerm = Self.balance(Operator.logicalAnd, andChain, last: closeArithmetic())
        andChain = []
        orChain.append((andTerm, id))
    }

    /// Adds the operand that follows the latest operator.
    mutating func pushOperand(_ operand: Expr) {
        current = operand
    }

    /// The tree of the whole chain.
    mutating func finish() -> Expr {
        let andTerm = Self.balance(Operator.logicalAnd, andChain, last: closeArithmetic())
        andChain = []
        let result = Self.balance(Operator.logicalOr, orChain, last: andTerm)
        orChain = []
        return result
    }

    /// Applies every pending arithmetic operator; returns the resulting term.
    private mutating func closeArithmetic() -> Expr {
        while let top = stack.popLast() {
            current = Self.call(top.function, top.id, top.operand, current)
        }
        return current
    }

    private static func call(_ function: String, _ id: ExprID, _ lhs: Expr, _ rhs: Expr) -> Expr {
        Expr(id: id, kind: .call(function: function, target: nil, args: [lhs, rhs]))
    }

    /// The balanced tree of the terms of `chain` and `last`.
    private static func balance(_ function: String, _ chain: [(term: Expr, id: ExprID)], last: Expr) -> Expr {
        guard !chain.isEmpty else { return last }
        let terms = chain.map(\.term) + [last]
        return balancedTree(function, terms, chain.map(\.id), low: 0, high: chain.count - 1)
    }

    /// The tree over operators `ids[low...high]`, which join `terms[low...high + 1]`.
    private static func balancedTree(_ function: String, _ terms: [Expr], _ ids: [ExprID], low: Int, high: Int) -> Expr
    {
        let mid = (low + high + 1) / 2
        let left = mid == low ? terms[mid] : balancedTree(function, terms, ids, low: low, high: mid - 1)
        let right = mid == high ? terms[mid + 1] : balancedTree(function, terms, ids, low: mid + 1, high: high)
        return call(function, ids[mid], left, right)
    }
}
