import Diagnostics

/// The identifier of one node of a parsed expression: keys positions, types and traces.
public struct ExprID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The raw number, unique within one parsed expression; 1-based.
    public let rawValue: Int32

    /// Creates an identifier.
    public init(_ rawValue: Int32) { self.rawValue = rawValue }

    public var description: String { String(rawValue) }

    public static func < (lhs: ExprID, rhs: ExprID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A literal value written in an expression.
public enum Constant: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
}

/// One node of the untyped syntax tree, with the identifier that locates it in the source.
public struct Expr: Sendable, Hashable {
    /// The node's identifier; ``ParsedExpr/offsets`` maps it to a source offset.
    public var id: ExprID
    /// What the node is.
    public var kind: ExprKind

    /// Creates a node.
    public init(id: ExprID, kind: ExprKind) {
        self.id = id
        self.kind = kind
    }
}

/// The kinds of syntax node, as in the CEL specification's `Expr` message.
public indirect enum ExprKind: Sendable, Hashable {
    /// A literal.
    case literal(Constant)
    /// A name; `isRooted` when written with a leading dot (`.name`).
    case ident(name: String, isRooted: Bool)
    /// `operand.field`, or `has(operand.field)` when `testOnly`; `operand.?field` when `optional`.
    case select(operand: Expr, field: String, testOnly: Bool, optional: Bool)
    /// A function call: global when `target` is nil, a method call on `target` otherwise.
    /// Operators are calls with the names of ``Operator``.
    case call(function: String, target: Expr?, args: [Expr])
    /// `[a, b, ?c]`; `optionalIndices` are the positions written with `?`.
    case list(elements: [Expr], optionalIndices: [Int])
    /// `{k: v, ?k2: v2}`.
    case map(entries: [MapEntry])
    /// `Name{field: value}`: a message construction (needs protobuf support).
    case structure(typeName: String, fields: [StructField])
    /// A comprehension produced by a macro.
    case comprehension(Comprehension)
}

/// One entry of a map literal.
public struct MapEntry: Sendable, Hashable {
    /// The entry's own identifier (the position of its colon).
    public var id: ExprID
    /// The key expression.
    public var key: Expr
    /// The value expression.
    public var value: Expr
    /// Written as `?key: value`.
    public var optional: Bool

    /// Creates an entry.
    public init(id: ExprID, key: Expr, value: Expr, optional: Bool) {
        self.id = id
        self.key = key
        self.value = value
        self.optional = optional
    }
}

/// One field initialiser of a message construction.
public struct StructField: Sendable, Hashable {
    /// The field's own identifier.
    public var id: ExprID
    /// The field name.
    public var name: String
    /// The value expression.
    public var value: Expr
    /// Written as `?name: value`.
    public var optional: Bool

    /// Creates a field initialiser.
    public init(id: ExprID, name: String, value: Expr, optional: Bool) {
        self.id = id
        self.name = name
        self.value = value
        self.optional = optional
    }
}

/// A fold over a list or map, as CEL's macros expand to (see the CEL specification).
///
/// Evaluation: `accuVar = accuInit`; for each element of `iterRange` (each key of a map; with
/// `iterVar2`, index and element of a list, or key and value of a map), while `loopCondition`
/// holds, `accuVar = loopStep`; the result is `result`.
public struct Comprehension: Sendable, Hashable {
    public var iterRange: Expr
    public var iterVar: String
    /// The second iteration variable of two-variable comprehensions, or nil.
    public var iterVar2: String?
    public var accuVar: String
    public var accuInit: Expr
    public var loopCondition: Expr
    public var loopStep: Expr
    public var result: Expr

    /// Creates a comprehension.
    public init(
        iterRange: Expr, iterVar: String, iterVar2: String? = nil, accuVar: String,
        accuInit: Expr, loopCondition: Expr, loopStep: Expr, result: Expr
    ) {
        self.iterRange = iterRange
        self.iterVar = iterVar
        self.iterVar2 = iterVar2
        self.accuVar = accuVar
        self.accuInit = accuInit
        self.loopCondition = loopCondition
        self.loopStep = loopStep
        self.result = result
    }
}

/// A parsed expression: the syntax tree and where each node came from.
public struct ParsedExpr: Sendable {
    /// The root of the tree.
    public var root: Expr
    /// The source the expression was parsed from.
    public var source: ExpressionSource
    /// The UTF-8 offset, within `source`, of each node, indexed by `ExprID.rawValue`.
    public var offsets: [Int32: Int]
    /// For nodes produced by macros: the call expression that was expanded.
    public var macroCalls: [Int32: Expr]

    /// Creates a parsed expression.
    public init(root: Expr, source: ExpressionSource, offsets: [Int32: Int], macroCalls: [Int32: Expr] = [:]) {
        self.root = root
        self.source = source
        self.offsets = offsets
        self.macroCalls = macroCalls
    }

    /// The source offset of a node, or 0 when unknown.
    public func offset(of id: ExprID) -> Int { offsets[id.rawValue] ?? 0 }
}
