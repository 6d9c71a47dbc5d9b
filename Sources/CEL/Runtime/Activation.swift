/// The values an evaluation reads: one slot per variable, record field and comprehension
/// variable, laid out by the ``Environment`` and the compiled ``Program``.
///
/// Slots live in one manually managed buffer, so reading or writing one costs no
/// copy-on-write or exclusivity check. The slots of a record given to
/// ``load(_:defaults:at:)`` are read in place from the record's values (or the defaults), so
/// loading a record copies no values. An activation is owned by one evaluation at a time;
/// make one per thread and reuse it for many records by overwriting its slots.
public final class Activation {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Value>
    /// Where each slot's value is read: its place in `storage`, or in the loaded record's
    /// values or defaults.
    @exclusivity(unchecked) private var places: UnsafeMutablePointer<UnsafePointer<Value>>
    /// The number of slots.
    @exclusivity(unchecked) public private(set) var count: Int
    /// The loaded record's values and defaults, kept alive (and unchanged) while `places`
    /// points into them.
    @exclusivity(unchecked) private var loadedValues: [Value?] = []
    @exclusivity(unchecked) private var loadedDefaults: [Value] = []
    /// The slots that read the loaded record's values or defaults.
    @exclusivity(unchecked) private var loadedSlots: Range<Int> = 0..<0

    /// Creates an activation with `count` slots, all `null` until set.
    public init(slotCount count: Int) {
        self.count = max(count, 0)
        storage = UnsafeMutablePointer<Value>.allocate(capacity: max(self.count, 1))
        storage.initialize(repeating: .null, count: self.count)
        places = UnsafeMutablePointer<UnsafePointer<Value>>.allocate(capacity: max(self.count, 1))
        for slot in 0..<self.count { (places + slot).initialize(to: UnsafePointer(storage + slot)) }
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
        places.deallocate()
    }

    /// Makes room for at least `slotCount` slots, keeping the values already set.
    public func reserve(slotCount: Int) {
        guard slotCount > count else { return }
        let grown = UnsafeMutablePointer<Value>.allocate(capacity: slotCount)
        grown.moveInitialize(from: storage, count: count)
        (grown + count).initialize(repeating: .null, count: slotCount - count)
        let grownPlaces = UnsafeMutablePointer<UnsafePointer<Value>>.allocate(capacity: slotCount)
        for slot in 0..<slotCount {
            let inStorage = slot >= count || places[slot] == UnsafePointer(storage + slot)
            (grownPlaces + slot).initialize(to: inStorage ? UnsafePointer(grown + slot) : places[slot])
        }
        storage.deallocate()
        places.deallocate()
        storage = grown
        places = grownPlaces
        count = slotCount
    }

    /// Sets the slots from `base` on, one per default: each to the value given for it, or to
    /// its default when `values` has none (nil, or `values` shorter). The slots must exist.
    ///
    /// The slots then read the values where `values` and `defaults` hold them, until the next
    /// load or unload, or until they are set.
    public func load(_ values: [Value?], defaults: [Value], at base: Int) {
        precondition(base >= 0 && base + defaults.count <= count, "activation slots out of range")
        // The slots of the last record may lie outside the new range: they must not go on
        // reading arrays that are about to be let go.
        if loadedSlots != base..<base + defaults.count { readOwnStorage(loadedSlots) }
        loadedValues = values
        loadedDefaults = defaults
        loadedSlots = base..<base + defaults.count
        let target = places + base
        loadedValues.withUnsafeBufferPointer { given in
            loadedDefaults.withUnsafeBufferPointer { fallback in
                guard let fallbackStart = fallback.baseAddress else { return }
                for index in 0..<fallback.count { target[index] = fallbackStart + index }
                guard let givenStart = given.baseAddress else { return }
                for index in 0..<min(given.count, fallback.count) where given[index] != nil {
                    target[index] = Value.wrapped(in: givenStart + index)
                }
            }
        }
    }

    /// Lets go of the last record loaded: its slots read their own storage again (what was
    /// last set there, or `null`), and its values are no longer held, so that their owner can
    /// write over them without a copy.
    public func unload() {
        readOwnStorage(loadedSlots)
        loadedSlots = 0..<0
        loadedValues = []
        loadedDefaults = []
    }

    /// Points slots back at their own storage.
    private func readOwnStorage(_ slots: Range<Int>) {
        for slot in slots { places[slot] = UnsafePointer(storage + slot) }
    }

    /// Where a slot's value lives, for reading its payload in place without copying the value.
    /// The slot must be below ``count``; the pointer is valid until the activation grows, loads
    /// or unloads a record, or the slot is set.
    @inline(__always)
    func address(of slot: Int) -> UnsafePointer<Value> {
        precondition(slot >= 0 && slot < count, "activation slot out of range")
        return places[slot]
    }

    /// The value in a slot. The slot must be below ``count``.
    @inline(__always)
    public subscript(slot: Int) -> Value {
        get {
            precondition(slot >= 0 && slot < count, "activation slot out of range")
            return places[slot].pointee
        }
        set {
            precondition(slot >= 0 && slot < count, "activation slot out of range")
            let place = storage + slot
            if Value.isTrivial(place) {
                place.initialize(to: newValue)
            } else {
                place.pointee = newValue
            }
            places[slot] = UnsafePointer(place)
        }
    }
}
