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
        guard !prefixes.isEmpty else { return .bool(false) }
        guard case .string(var string) = text.eval(activation) else { return general.eval(activation) }
        return .bool(string.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return prefixes[0].isEmpty }
            for prefix in prefixes {
                guard prefix.count <= bytes.count else { return false }
                if prefix.isEmpty || memcmp(start, prefix, prefix.count) == 0 { return true }
            }
            return false
        })
    }
}
