import CELSyntax

/// A node with a fast bool answer for its common case and, for every other case, a `general`
/// node that computes the same expression the slow way.
///
/// Subclasses answer ``Interpretable/evalBool(_:)`` (nil when the fast path does not apply);
/// ``eval(_:)`` gives that answer, or the general node's value, so results are always exactly
/// the general node's.
class BoolFastPathNode: Interpretable, @unchecked Sendable {
    let general: Interpretable

    init(id: ExprID, general: Interpretable) {
        self.general = general
        super.init(id: id)
    }

    override final func eval(_ activation: Activation) -> Value {
        if let answer = evalBool(activation) { return .bool(answer) }
        return general.eval(activation)
    }
}
