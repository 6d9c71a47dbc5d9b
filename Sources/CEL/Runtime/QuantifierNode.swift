import CELSyntax

/// `range.exists(x, p)` and `range.all(x, p)`, evaluated without an accumulator slot.
///
/// The result is what the macro's expansion gives under CEL's commutative logic: for
/// `exists`, true as soon as one element satisfies `p`; otherwise the merged unknowns of the
/// elements, else the first error, else false (`all` is the same with the roles of true and
/// false swapped).
final class QuantifierNode: Interpretable, @unchecked Sendable {
    let range: Interpretable
    let iterSlot: Int
    let predicate: Interpretable
    /// The value that decides the result at once: true for `exists`, false for `all`.
    let decisive: Bool

    init(id: ExprID, range: Interpretable, iterSlot: Int, predicate: Interpretable, decisive: Bool) {
        self.range = range
        self.iterSlot = iterSlot
        self.predicate = predicate
        self.decisive = decisive
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        let rangeValue = range.eval(activation)
        var undecided: Value?
        switch rangeValue {
        case .list(let elements):
            for element in elements {
                activation[iterSlot] = element
                if let decided = step(activation, &undecided) { return decided }
            }
        case .map(let map):
            for key in map.keys {
                activation[iterSlot] = key
                if let decided = step(activation, &undecided) { return decided }
            }
        case .error, .unknown:
            return rangeValue
        default:
            return .fail(.noSuchOverload(function: decisive ? "exists" : "all", arguments: [rangeValue.type.runtimeName]))
        }
        return undecided ?? .bool(!decisive)
    }

    /// Evaluates the predicate for the current element; returns the result when it decides.
    @inline(__always)
    private func step(_ activation: Activation, _ undecided: inout Value?) -> Value? {
        if let b = predicate.evalBool(activation) { return b == decisive ? .bool(b) : nil }
        let value = predicate.eval(activation)
        if case .bool(let b) = value {
            return b == decisive ? value : nil
        }
        let failure = value.isErrorOrUnknown
            ? value : noSuchOverload(decisive ? Operator.logicalOr : Operator.logicalAnd, value)
        switch (undecided, failure) {
        case (nil, _): undecided = failure
        case let (.unknown(a)?, .unknown(b)): undecided = .unknown(a.merged(with: b))
        case (.error?, .unknown): undecided = failure
        default: break
        }
        return nil
    }
}
