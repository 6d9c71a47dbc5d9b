import CELSyntax

/// A compiled expression: immutable, `Sendable`, evaluated any number of times.
///
/// A class, so that holding or passing a program costs one reference count.
public final class Program: Sendable {
    let root: Interpretable
    /// The root without reference counting, for evaluation (``root`` keeps it alive).
    private let unretainedRoot: Unmanaged<Interpretable>
    /// The number of activation slots evaluation needs (variables plus comprehension locals).
    public let slotCount: Int
    /// The type the checker deduced, or `dyn` for unchecked programs.
    public let resultType: CELType
    /// The parsed expression, for positions and explanations.
    public let parsed: ParsedExpr

    init(root: Interpretable, slotCount: Int, resultType: CELType, parsed: ParsedExpr) {
        self.root = root
        self.unretainedRoot = Unmanaged.passUnretained(root)
        self.slotCount = slotCount
        self.resultType = resultType
        self.parsed = parsed
    }

    /// Evaluates over an activation laid out by the program's environment.
    ///
    /// The activation must have at least ``slotCount`` slots.
    public func evaluate(_ activation: Activation) -> Value {
        if activation.count < slotCount { activation.reserve(slotCount: slotCount) }
        return unretainedRoot._withUnsafeGuaranteedRef { $0.eval(activation) }
    }

    /// The value when the expression is a constant (after folding), else nil.
    public var constantValue: Value? { root.constantValue }
}

extension Environment {
    /// Makes an activation for this environment from named values.
    ///
    /// Record variables take a map value; their missing fields become unknowns named
    /// `variable.field`. Variables not given are unknown (when they allow it) or errors.
    public func activation(_ bindings: [String: Value], slotCount: Int? = nil) -> Activation {
        let activation = Activation(slotCount: max(slotCount ?? 0, variableSlotCount))
        for (name, base) in slotOf {
            guard let declaration = variables[name] else { continue }
            let bound = bindings[name]
            if case .object(let object) = declaration.type {
                for (offset, field) in object.fields.enumerated() {
                    var value: Value?
                    if case .map(let map)? = bound { value = map.lookup(string: field.name) }
                    activation[base + offset] =
                        value ?? .unknown(Unknown(attribute: "\(name).\(field.name)"))
                }
            } else if let bound {
                activation[base] = bound
            } else if declaration.missingKeysAreUnknown {
                activation[base] = .unknown(Unknown(attribute: name))
            } else {
                activation[base] = .fail(.undeclaredReference(name))
            }
        }
        return activation
    }
}
