import CELSyntax
import Foundation

/// `[constant strings].exists(p, text.startsWith(p))`: whether `text` starts with any of a
/// constant list of prefixes, with `text` evaluated once and no value per element.
///
/// When `text` is not a string (an error, an unknown, another type), the general
/// ``QuantifierNode`` decides, so the result is exactly the macro's.
final class PrefixExistsNode: Interpretable, @unchecked Sendable {
    let text: Interpretable
    /// The prefixes' UTF-8 bytes, shortest first.
    let prefixes: [[UInt8]]
    let general: QuantifierNode

    init(id: ExprID, text: Interpretable, prefixes: [String], general: QuantifierNode) {
        self.text = text
        self.prefixes = prefixes.map { Array($0.utf8) }.sorted { $0.count < $1.count }
        self.general = general
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        if let found = evalBool(activation) { return .bool(found) }
        return general.eval(activation)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        guard !prefixes.isEmpty else { return false }
        if let slot = text.slotRead { return matches(activation.address(of: slot)) }
        let value = text.eval(activation)
        return withUnsafePointer(to: value) { matches($0) }
    }

    /// Whether the text starts with one of the prefixes; nil when it is not a string.
    @inline(__always)
    private func matches(_ value: UnsafePointer<Value>) -> Bool? {
        guard case .string(let string) = value.pointee else { return nil }
        let utf8 = string.utf8
        return utf8.withContiguousStorageIfAvailable { bytes in
            guard let start = bytes.baseAddress else { return prefixes[0].isEmpty }
            for prefix in prefixes {
                guard prefix.count <= bytes.count else { return false }
                if prefix.isEmpty || memcmp(start, prefix, prefix.count) == 0 { return true }
            }
            return false
        } ?? prefixes.contains { utf8.starts(with: $0) }
    }
}
