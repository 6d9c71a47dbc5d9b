import Foundation

/// A small thread-safe dictionary for memoizing pure computations (compiled regexes, zones).
///
/// When it reaches its capacity it is emptied, which bounds memory for programs that build
/// patterns or zone names at run time while keeping the common case — a few constants — hot.
final class LockedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Value] = [:]
    private let capacity: Int

    /// Creates an empty cache holding at most `capacity` entries.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The cached value for `key`, if any.
    func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    /// Remembers `value` for `key`.
    func store(_ value: Value, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
    }
}
