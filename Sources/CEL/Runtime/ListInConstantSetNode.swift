import CELSyntax

/// `list.exists(x, x in constantSet)` (or `all`) over a list read from a slot
/// (`project.products.exists(p, p in lists.green_material_products)`): each element looked up
/// in place in the set, with no value made per element.
///
/// When the slot holds no list, or an element is an error or an unknown, the general
/// ``QuantifierNode`` decides, so the result is exactly the macro's.
final class ListInConstantSetNode: BoolFastPathNode, @unchecked Sendable {
    let listSlot: Int
    let set: InConstantSetNode
    /// The value that decides the result at once: true for `exists`, false for `all`.
    let decisive: Bool

    init(id: ExprID, listSlot: Int, set: InConstantSetNode, general: QuantifierNode) {
        self.listSlot = listSlot
        self.set = set
        self.decisive = general.decisive
        super.init(id: id, general: general)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        guard case .list(let elements) = activation.address(of: listSlot).pointee else { return nil }
        return elements.withUnsafeBufferPointer { buffer in
            guard let start = buffer.baseAddress else { return !decisive }
            for index in buffer.indices {
                guard let found = set.contains(start + index) else { return nil }
                if found == decisive { return decisive }
            }
            return !decisive
        }
    }
}
