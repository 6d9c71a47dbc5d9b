/// The values an evaluation reads: one slot per variable, record field and comprehension
/// variable, laid out by the ``Environment`` and the compiled ``Program``.
///
/// Slots live in one manually managed buffer, so reading or writing one costs no
/// copy-on-write or exclusivity check. An activation is owned by one evaluation at a time;
/// make one per thread and reuse it for many records by overwriting its slots.
public final class Activation {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Value>
    /// The number of slots.
    @exclusivity(unchecked) public private(set) var count: Int

    /// Creates an activation with `count` slots, all `null` until set.
    public init(slotCount count: Int) {
        self.count = max(count, 0)
        storage = UnsafeMutablePointer<Value>.allocate(capacity: max(self.count, 1))
        storage.initialize(repeating: .null, count: self.count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Makes room for at least `slotCount` slots, keeping the values already set.
    public func reserve(slotCount: Int) {
        guard slotCount > count else { return }
        let grown = UnsafeMutablePointer<Value>.allocate(capacity: slotCount)
        grown.moveInitialize(from: storage, count: count)
        (grown + count).initialize(repeating: .null, count: slotCount - count)
        storage.deallocate()
        storage = grown
        count = slotCount
    }

    /// Sets the slots from `base` on, one per default: each to the value given for it, or to
    /// its default when `values` has none (nil, or `values` shorter). The slots must exist.
    public func load(_ values: [Value?], defaults: [Value], at base: Int) {
        precondition(base >= 0 && base + defaults.count <= count, "activation slots out of range")
        let target = storage + base
        values.withUnsafeBufferPointer { given in
            defaults.withUnsafeBufferPointer { fallback in
                guard let givenStart = given.baseAddress, let fallbackStart = fallback.baseAddress else {
                    for index in 0..<fallback.count { target[index] = fallback[index] }
                    return
                }
                let givenCount = min(given.count, fallback.count)
                for index in 0..<givenCount {
                    let slot = target + index
                    if Value.sameBytes(slot, UnsafeRawPointer(givenStart + index)) { continue }
                    if Value.isTrivial(slot), Value.isTrivial(givenStart + index) {
                        Value.copyTrivial(from: UnsafeRawPointer(givenStart + index), to: slot)
                    } else if let value = given[index] {
                        slot.pointee = value
                    } else {
                        slot.pointee = fallback[index]
                    }
                }
                for index in givenCount..<fallback.count {
                    let slot = target + index
                    if Value.sameBytes(slot, UnsafeRawPointer(fallbackStart + index)) { continue }
                    if Value.isTrivial(slot), Value.isTrivial(fallbackStart + index) {
                        Value.copyTrivial(from: UnsafeRawPointer(fallbackStart + index), to: slot)
                    } else {
                        slot.pointee = fallback[index]
                    }
                }
            }
        }
    }

    /// Where a slot's value lives, for reading its payload in place without copying the value.
    /// The slot must be below ``count``; the pointer is valid until the activation grows.
    @inline(__always)
    func address(of slot: Int) -> UnsafePointer<Value> {
        precondition(slot >= 0 && slot < count, "activation slot out of range")
        return UnsafePointer(storage + slot)
    }

    /// The value in a slot. The slot must be below ``count``.
    @inline(__always)
    public subscript(slot: Int) -> Value {
        get {
            precondition(slot >= 0 && slot < count, "activation slot out of range")
            return storage[slot]
        }
        set {
            precondition(slot >= 0 && slot < count, "activation slot out of range")
            storage[slot] = newValue
        }
    }
}
