import CELSyntax

/// `[constant strings].exists(p, text.startsWith(p))`: whether `text` starts with any of a
/// constant list of prefixes, with `text` evaluated once and no value per element.
///
/// When `text` is not a string (an error, an unknown, another type), the general
/// ``QuantifierNode`` decides, so the result is exactly the macro's.
final class PrefixExistsNode: Interpretable, @unchecked Sendable {
    let text: Interpretable
    /// The prefixes' UTF-8 bytes, one after the other, shortest prefix first.
    let bytes: [UInt8]
    /// Where each prefix starts in `bytes`, and its length; shortest first.
    let prefixes: [(start: Int, count: Int)]
    let textSlot: Int?
    let general: QuantifierNode

    init(id: ExprID, text: Interpretable, prefixes: [String], general: QuantifierNode) {
        self.text = text
        var bytes: [UInt8] = []
        var ranges: [(start: Int, count: Int)] = []
        for prefix in prefixes.map({ Array($0.utf8) }).sorted(by: { $0.count < $1.count }) {
            ranges.append((bytes.count, prefix.count))
            bytes += prefix
        }
        self.bytes = bytes
        self.prefixes = ranges
        self.textSlot = text.slotRead
        self.general = general
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        if let found = evalBool(activation) { return .bool(found) }
        return general.eval(activation)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        guard !prefixes.isEmpty else { return false }
        if let textSlot { return matches(activation.address(of: textSlot)) }
        return evaluatedMatches(activation)
    }

    /// ``evalBool(_:)`` for a text that is not a slot read (kept apart, so that the slot path
    /// needs no stack buffer).
    @inline(never)
    private func evaluatedMatches(_ activation: Activation) -> Bool? {
        let value = text.eval(activation)
        return withUnsafePointer(to: value) { matches($0) }
    }

    /// Whether the text starts with one of the prefixes; nil when it is not a string.
    @inline(__always)
    private func matches(_ value: UnsafePointer<Value>) -> Bool? {
        guard case .string(let string) = value.pointee else { return nil }
        let utf8 = string.utf8
        return utf8.withContiguousStorageIfAvailable { text in
            bytes.withUnsafeBufferPointer { all in
                for (start, count) in prefixes {
                    guard count <= text.count else { return false }
                    var matched = 0
                    while matched < count, all[start + matched] == text[matched] { matched += 1 }
                    if matched == count { return true }
                }
                return false
            }
        } ?? prefixes.contains { utf8.starts(with: bytes[$0.start..<$0.start + $0.count]) }
    }
}
