import CELSyntax

extension Value {
    /// The value of a literal written in an expression, as the planner folds it.
    public init(_ constant: Constant) {
        self = Planner.value(of: constant)
    }
}
