import CELSyntax

/// `constantMap[key]` for a constant map whose keys are all strings (`params.labels_vi[project.site]`):
/// a string key is matched byte for byte by a ``StringTable``, read in place when it is a slot.
///
/// Other keys, and strings that are not in the map, go to the general index function, so the
/// result (an error for a missing key, an unknown or error key passed through) is always its.
final class ConstantMapIndexNode: Interpretable, @unchecked Sendable {
    let map: Value
    let key: Interpretable
    let keySlot: Int?
    let table: StringTable
    let values: [Value]
    let general: @Sendable (Value, Value) -> Value

    /// Nil unless `map` is a map whose keys are all strings.
    init?(id: ExprID, map: Value, key: Interpretable, general: @escaping @Sendable (Value, Value) -> Value) {
        guard case .map(let entries) = map else { return nil }
        var strings: [[UInt8]] = []
        strings.reserveCapacity(entries.count)
        for entry in entries.keys {
            guard case .string(let string) = entry else { return nil }
            strings.append(Array(string.utf8))
        }
        self.map = map
        self.key = key
        self.keySlot = key.slotRead
        self.table = StringTable(strings)
        self.values = entries.values
        self.general = general
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        if let keySlot {
            let address = activation.address(of: keySlot)
            if let position = position(of: address) { return values[position] }
            return generalResult(address.pointee)
        }
        return evaluatedResult(activation)
    }

    /// ``eval(_:)`` for a key that is not a slot read.
    @inline(never)
    private func evaluatedResult(_ activation: Activation) -> Value {
        let value = key.eval(activation)
        if let position = withUnsafePointer(to: value, { position(of: $0) }) { return values[position] }
        return generalResult(value)
    }

    /// The index function's result, passing errors and unknowns through as a strict call does.
    @inline(never)
    private func generalResult(_ value: Value) -> Value {
        if value.isErrorOrUnknown { return value }
        return general(map, value)
    }

    /// The position of a string key among the map's entries, or nil.
    @inline(__always)
    private func position(of value: UnsafePointer<Value>) -> Int? {
        guard case .string(let string) = value.pointee else { return nil }
        return string.utf8.withContiguousStorageIfAvailable { table.index(of: $0) } ?? nil
    }
}
