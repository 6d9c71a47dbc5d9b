import Foundation

/// A small stack of objects that threads take and give back, so that a batch reuses its
/// buffers and scratch state from chunk to chunk instead of allocating them for each.
final class ReusePool<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [Element] = []
    private let limit: Int
    private let make: () -> Element

    /// A pool that keeps at most `limit` free objects and makes new ones with `make`.
    init(limit: Int, make: @escaping () -> Element) {
        self.limit = limit
        self.make = make
    }

    /// A free object, or a new one.
    func take() -> Element {
        lock.lock()
        let reused = free.popLast()
        lock.unlock()
        return reused ?? make()
    }

    /// Gives an object back for reuse (dropped when the pool is full).
    func give(_ element: Element) {
        lock.lock()
        if free.count < limit { free.append(element) }
        lock.unlock()
    }
}
