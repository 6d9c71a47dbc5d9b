import CELSyntax

/// A fold over a list or map (the expansion of `all`, `exists`, `map`, `filter`, …).
final class ComprehensionNode: Interpretable, @unchecked Sendable {
    let range: Interpretable
    let iterSlot: Int
    let iterSlot2: Int?
    let accuSlot: Int
    let accuInit: Interpretable
    let condition: Interpretable
    let step: Interpretable
    let result: Interpretable

    init(
        id: ExprID, range: Interpretable, iterSlot: Int, iterSlot2: Int?, accuSlot: Int,
        accuInit: Interpretable, condition: Interpretable, step: Interpretable, result: Interpretable
    ) {
        self.range = range
        self.iterSlot = iterSlot
        self.iterSlot2 = iterSlot2
        self.accuSlot = accuSlot
        self.accuInit = accuInit
        self.condition = condition
        self.step = step
        self.result = result
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        let rangeValue = range.eval(activation)
        activation[accuSlot] = accuInit.eval(activation)
        switch rangeValue {
        case .list(let elements):
            for (index, element) in elements.enumerated() {
                if let iterSlot2 {
                    activation[iterSlot] = .int(Int64(index))
                    activation[iterSlot2] = element
                } else {
                    activation[iterSlot] = element
                }
                if !iterate(activation) { break }
            }
        case .map(let map):
            for index in 0..<map.count {
                activation[iterSlot] = map.keys[index]
                if let iterSlot2 { activation[iterSlot2] = map.values[index] }
                if !iterate(activation) { break }
            }
        case .error, .unknown:
            return rangeValue
        default:
            return .fail(.noSuchOverload(function: "comprehension", arguments: [rangeValue.type.runtimeName]))
        }
        return result.eval(activation)
    }

    /// Runs one step; false when the loop condition stops the loop.
    @inline(__always)
    private func iterate(_ activation: Activation) -> Bool {
        switch condition.eval(activation) {
        case .bool(false): return false
        case .bool(true):
            activation[accuSlot] = step.eval(activation)
            return true
        case let other:
            activation[accuSlot] = other.isErrorOrUnknown ? other : noSuchOverload("loop", other)
            return false
        }
    }
}
