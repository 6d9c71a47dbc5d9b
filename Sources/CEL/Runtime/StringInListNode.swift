import CELSyntax

/// `"constant" in list`, where the list is read from a slot: the list's strings are compared
/// in place. Other containers are left to `general`, the strict call of `in`.
final class StringInListNode: BoolFastPathNode, @unchecked Sendable {
    /// The constant's UTF-8 bytes.
    let text: [UInt8]
    let listSlot: Int

    init(id: ExprID, text: String, listSlot: Int, general: Interpretable) {
        self.text = Array(text.utf8)
        self.listSlot = listSlot
        super.init(id: id, general: general)
    }

    /// A string equals only a string with the same code points, so other elements never match.
    override func evalBool(_ activation: Activation) -> Bool? {
        guard case .list(let elements) = activation.address(of: listSlot).pointee else { return nil }
        for element in elements {
            if case .string(let string) = element, UTF8Match.equals(string, text) { return true }
        }
        return false
    }
}
