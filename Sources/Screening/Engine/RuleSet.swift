/// A set of rule positions in a policy: the first 64 in one word, so that a typical policy's
/// set costs no allocation, and any beyond that in a sorted array.
public struct RuleSet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: [Int] = []

    /// An empty set.
    public init() {}

    /// Adds a position (negative positions are ignored).
    public mutating func insert(_ position: Int) {
        if position >= 0, position < 64 {
            low |= 1 << UInt64(position)
        } else if position >= 64 {
            let at = high.firstIndex { $0 >= position } ?? high.count
            if at == high.count || high[at] != position { high.insert(position, at: at) }
        }
    }

    /// Whether the set holds `position`.
    public func contains(_ position: Int) -> Bool {
        if position >= 0, position < 64 { return low & (1 << UInt64(position)) != 0 }
        return high.contains(position)
    }

    /// Whether the set is empty.
    public var isEmpty: Bool { low == 0 && high.isEmpty }

    /// The positions, in increasing order.
    public var positions: [Int] {
        (0..<64).filter { low & (1 << UInt64($0)) != 0 } + high
    }

    /// Calls `body` with each position, in increasing order.
    public func forEach(_ body: (Int) -> Void) {
        var bits = low
        while bits != 0 {
            body(bits.trailingZeroBitCount)
            bits &= bits - 1
        }
        high.forEach(body)
    }
}
