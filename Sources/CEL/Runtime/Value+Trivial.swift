extension Value {
    /// Whether the value at `value` holds no references (null, bool, a number, a timestamp or
    /// a duration), so that overwriting it needs no release.
    @inline(__always)
    static func isTrivial(_ value: UnsafePointer<Value>) -> Bool {
        switch value.pointee {
        case .null, .bool, .int, .uint, .double, .timestamp, .duration: return true
        default: return false
        }
    }
}
