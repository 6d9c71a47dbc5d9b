import CELSyntax

/// `x in [constant scalars]` or `x in {constant map}`: a lookup instead of a scan.
///
/// A set of strings is matched byte for byte by a ``StringTable``; other sets are hashed as map
/// keys. An element read from a slot is looked at in place, without copying its value.
final class InConstantSetNode: Interpretable, @unchecked Sendable {
    let element: Interpretable
    let keys: Set<MapKey>
    /// The keys, when all are strings; else nil.
    let strings: StringTable?
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
        self.strings = strings.count == keys.count ? StringTable(strings) : nil
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
            return string.utf8.withContiguousStorageIfAvailable { strings.contains($0) } ?? keys.contains(.string(string))
        case .error, .unknown:
            return nil
        default:
            guard let key = MapKey(lookup: value.pointee) else { return false }
            return keys.contains(key)
        }
    }
}
