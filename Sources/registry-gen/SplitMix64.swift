/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast, fixed-seed generator, so that the
/// same seed gives the same registry on every machine and every Swift version.
struct SplitMix64 {
    private var state: UInt64

    /// A generator started from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// An integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// A double in `range`, rounded to `decimals` decimal places.
    mutating func number(_ range: ClosedRange<Double>, decimals: Int = 0) -> Double {
        let raw = range.lowerBound + unit() * (range.upperBound - range.lowerBound)
        return Self.round(raw, decimals: decimals)
    }

    /// A double in `range`, spread evenly on a square-root scale, so that small values are more
    /// frequent than large ones (capital, labour, energy), rounded to `decimals` places. The
    /// square root is exact in IEEE arithmetic, so every platform draws the same numbers.
    mutating func skewedNumber(_ range: ClosedRange<Double>, decimals: Int = 0) -> Double {
        let low = range.lowerBound.squareRoot(), high = range.upperBound.squareRoot()
        let root = low + unit() * (high - low)
        return Self.round(root * root, decimals: decimals)
    }

    /// One of `items`, evenly; `items` must not be empty.
    mutating func pick<Item>(_ items: [Item]) -> Item {
        items[Int(next() % UInt64(items.count))]
    }

    /// One of `items`, with probability proportional to its weight; `items` must not be empty.
    mutating func weighted<Item>(_ items: [(Item, Int)]) -> Item {
        let total = items.reduce(0) { $0 + $1.1 }
        var ticket = int(0...(total - 1))
        for (item, weight) in items {
            if ticket < weight { return item }
            ticket -= weight
        }
        return items[items.count - 1].0
    }

    /// `value` rounded to `decimals` decimal places.
    static func round(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
