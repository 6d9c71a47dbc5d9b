import Foundation

/// Exact UTF-8 spellings of group keys already counted, each with the position its group was
/// given, so that a key seen before is found by its bytes without hashing it as a `String`
/// (which normalises non-ASCII text). Holds at most `capacity` spellings; later ones are not kept.
struct SpellingTable: Sendable {
    /// The most spellings kept.
    let capacity: Int
    /// For each slot, the spelling it holds plus one, or 0 when empty; a power of two in count.
    private var slots: [Int32]
    /// For each spelling: its hash, where its bytes end in ``bytes``, and its group's position.
    private var hashes: [UInt64] = []
    private var ends: [Int] = []
    private var positions: [Int] = []
    /// The spellings' bytes, end to end.
    private var bytes: [UInt8] = []

    /// An empty table that keeps at most `capacity` spellings.
    init(capacity: Int) {
        // Entries are numbered in 32 bits.
        self.capacity = min(max(0, capacity), 1 << 24)
        slots = Array(repeating: 0, count: 64)
    }

    /// The position recorded for `spelling` (whose ``UTF8Hash`` is `hash`), if any.
    func position(of spelling: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while case let stored = Int(slots[slot]), stored != 0 {
            let entry = stored - 1
            if hashes[entry] == hash, matches(entry, spelling) { return positions[entry] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records the position of a spelling not yet recorded, unless the table is full.
    mutating func record(_ spelling: UnsafeBufferPointer<UInt8>, hash: UInt64, position: Int) {
        guard hashes.count < capacity else { return }
        hashes.append(hash)
        bytes.append(contentsOf: spelling)
        ends.append(bytes.count)
        positions.append(position)
        if hashes.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for entry in hashes.indices { place(entry) }
        } else {
            place(hashes.count - 1)
        }
    }

    /// Puts a spelling in the first free slot from its home.
    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: entry + 1)
    }

    /// Whether spelling `entry` has exactly the bytes of `spelling`.
    private func matches(_ entry: Int, _ spelling: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == spelling.count else { return false }
        guard let other = spelling.baseAddress, spelling.count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return false }
            return memcmp(base + start, other, spelling.count) == 0
        }
    }
}
