extension Value {
    /// The value inside the non-nil optional at `optional`, in place.
    ///
    /// `Value` has spare tag values, so `Value?` stores nil in one of them and a value in the
    /// value's own bytes, at the same address (Swift's layout of single-payload enums).
    @inline(__always)
    static func wrapped(in optional: UnsafePointer<Value?>) -> UnsafePointer<Value> {
        UnsafeRawPointer(optional).assumingMemoryBound(to: Value.self)
    }
}
