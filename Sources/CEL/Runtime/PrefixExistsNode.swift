import CELSyntax

/// `[constant strings].exists(p, text.startsWith(p))`: whether `text` starts with any of a
/// constant list of prefixes, with `text` evaluated once and no value per element.
///
/// When `text` is not a string (an error, an unknown, another type), the general
/// ``QuantifierNode`` decides, so the result is exactly the macro's.
final class PrefixExistsNode: BoolFastPathNode, @unchecked Sendable {
    let text: Interpretable
    /// The non-empty prefixes' UTF-8 bytes, one after the other, ordered by first byte.
    let bytes: [UInt8]
    /// Where each non-empty prefix starts in `bytes`, and its length; ordered by first byte.
    let prefixes: [(start: Int, count: Int)]
    /// For each byte value `b`, the prefixes starting with `b` are
    /// `prefixes[firstByteStarts[b]..<firstByteStarts[b + 1]]`.
    let firstByteStarts: [Int]
    /// Whether one prefix is empty, so that every string matches.
    let hasEmptyPrefix: Bool
    let textSlot: Int?

    init(id: ExprID, text: Interpretable, prefixes: [String], general: QuantifierNode) {
        self.text = text
        let sorted = prefixes.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var bytes: [UInt8] = []
        var ranges: [(start: Int, count: Int)] = []
        var firstByteStarts = [Int](repeating: 0, count: 257)
        for prefix in sorted {
            ranges.append((bytes.count, prefix.count))
            bytes += prefix
            firstByteStarts[Int(prefix[0]) + 1] += 1
        }
        for byte in 1...256 { firstByteStarts[byte] += firstByteStarts[byte - 1] }
        self.bytes = bytes
        self.prefixes = ranges
        self.firstByteStarts = firstByteStarts
        self.hasEmptyPrefix = prefixes.contains { $0.isEmpty }
        self.textSlot = text.slotRead
        super.init(id: id, general: general)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        guard !prefixes.isEmpty || hasEmptyPrefix else { return false }
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
        if hasEmptyPrefix { return true }
        let utf8 = string.utf8
        return utf8.withContiguousStorageIfAvailable { text in
            guard let first = text.first else { return false }
            return bytes.withUnsafeBufferPointer { all in
                for (start, count) in prefixes[firstByteStarts[Int(first)]..<firstByteStarts[Int(first) + 1]] {
                    guard count <= text.count else { continue }
                    var matched = 1
                    while matched < count, all[start + matched] == text[matched] { matched += 1 }
                    if matched == count { return true }
                }
                return false
            }
        } ?? prefixes.contains { utf8.starts(with: bytes[$0.start..<$0.start + $0.count]) }
    }
}
