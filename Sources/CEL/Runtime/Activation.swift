/// The values an evaluation reads: one slot per variable, record field and comprehension
/// variable, laid out by the ``Environment`` and the compiled ``Program``.
///
/// An activation is owned by one evaluation at a time; make one per thread and reuse it for
/// many records by overwriting its slots.
public final class Activation {
    /// The slot values.
    public var slots: [Value]

    /// Creates an activation with `count` slots, all unknown until set.
    public init(slotCount count: Int) {
        slots = Array(repeating: .null, count: count)
    }

    /// Makes room for at least `count` slots.
    public func reserve(slotCount count: Int) {
        if slots.count < count {
            slots.append(contentsOf: repeatElement(.null, count: count - slots.count))
        }
    }
}
