import CELSyntax

/// `x in [constant scalars]` or `x in {constant map}`: a lookup instead of a scan.
///
/// A small set of strings is scanned byte for byte (cheaper than hashing); other sets are
/// hashed. An element read from a slot is looked at in place, without copying its value.
final class InConstantSetNode: Interpretable, @unchecked Sendable {
    /// The most strings scanned rather than hashed.
    static let scanLimit = 16

    let element: Interpretable
    let keys: Set<MapKey>
    /// The UTF-8 bytes of the keys, when all are strings and there are few of them; else nil.
    let strings: [[UInt8]]?
    let elementSlot: Int?

    /// Nil unless every element is a bool, int, uint or string.
    init?(id: ExprID, element: Interpretable, elements: [Value]) {
        var keys = Set<MapKey>()
        var strings: [[UInt8]] = []
        for value in elements {
            guard let key = MapKey(value) else { return nil }
            if keys.insert(key).inserted, case .string(let string) = key { strings.append(Array(string.utf8)) }
        }
        self.element = element
        self.keys = keys
        self.strings = strings.count == keys.count && strings.count <= Self.scanLimit ? strings : nil
        self.elementSlot = element.slotRead
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        if let elementSlot, let found = contains(activation.address(of: elementSlot)) { return .bool(found) }
        return evaluatedResult(activation)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        if let elementSlot { return contains(activation.address(of: elementSlot)) }
        return evaluatedBool(activation)
    }

    /// ``eval(_:)`` past the slot path (kept apart, so that the slot path needs no stack buffer).
    @inline(never)
    private func evaluatedResult(_ activation: Activation) -> Value {
        let value = element.eval(activation)
        if value.isErrorOrUnknown { return value }
        return .bool(withUnsafePointer(to: value) { contains($0) } ?? false)
    }

    /// ``evalBool(_:)`` for an element that is not a slot read.
    @inline(never)
    private func evaluatedBool(_ activation: Activation) -> Bool? {
        let value = element.eval(activation)
        return withUnsafePointer(to: value) { contains($0) }
    }

    /// Whether the set holds the value; nil for errors and unknowns.
    @inline(__always)
    func contains(_ value: UnsafePointer<Value>) -> Bool? {
        switch value.pointee {
        case .string(let string):
            guard let strings else { return keys.contains(.string(string)) }
            for candidate in strings where UTF8Match.equals(string, candidate) { return true }
            return false
        case .error, .unknown:
            return nil
        default:
            guard let key = MapKey(lookup: value.pointee) else { return false }
            return keys.contains(key)
        }
    }
}
