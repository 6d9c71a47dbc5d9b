import CELSyntax

/// A chain `a && b && c` (or `a || b || c`) flattened into one node over its operands.
///
/// The operands are tested with ``Interpretable/evalBool(_:)``, so the common all-bool case
/// builds no values. When some operand is not a bool, unknowns are merged directly; errors
/// and other values are left to `general`, the chain as nested binary nodes, so the result
/// is always exactly theirs.
final class LogicChainNode: Interpretable, @unchecked Sendable {
    /// The most operands one chain holds: one bit each in a `UInt64`.
    static let maximumOperands = 64

    let operands: [Interpretable]
    /// The operands again, read without reference counting while `operands` keeps them alive.
    private let unretained: UnsafeMutableBufferPointer<Unmanaged<Interpretable>>
    /// The value that decides the chain at once: false for `&&`, true for `||`.
    let decisive: Bool
    let general: Interpretable

    init(id: ExprID, operands: [Interpretable], decisive: Bool, general: Interpretable) {
        self.operands = operands
        unretained = .allocate(capacity: operands.count)
        _ = unretained.initialize(from: operands.map { Unmanaged.passUnretained($0) })
        self.decisive = decisive
        self.general = general
        super.init(id: id)
    }

    deinit {
        unretained.deallocate()
    }

    override func eval(_ activation: Activation) -> Value {
        let decisive = decisive
        var undecided: UInt64 = 0
        for index in unretained.indices {
            if let b = unretained[index]._withUnsafeGuaranteedRef({ $0.evalBool(activation) }) {
                if b == decisive { return .bool(decisive) }
            } else {
                undecided |= 1 << UInt64(index)
            }
        }
        if undecided == 0 { return .bool(!decisive) }
        var unknown: Unknown?
        for index in operands.indices where undecided & (1 << UInt64(index)) != 0 {
            switch operands[index].eval(activation) {
            case .bool(let b):
                if b == decisive { return .bool(decisive) }
            case .unknown(let u):
                unknown = unknown.map { $0.merged(with: u) } ?? u
            default:
                return general.eval(activation)
            }
        }
        if let unknown { return .unknown(unknown) }
        return .bool(!decisive)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        let decisive = decisive
        var undecided = false
        for operand in unretained {
            if let b = operand._withUnsafeGuaranteedRef({ $0.evalBool(activation) }) {
                if b == decisive { return decisive }
            } else {
                undecided = true
            }
        }
        return undecided ? nil : !decisive
    }
}
