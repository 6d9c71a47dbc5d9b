/// The first row at which each 64-bit id hash was seen: an open-addressing table, 12 bytes a
/// slot, at most three quarters full; a slot is the top bits of the hash times a large odd
/// number (Fibonacci hashing), so that hashes alike in their low bits spread out.
///
/// Rows are kept as 32-bit numbers; a row beyond 4,294,967,295 is kept as that number.
struct FirstRowTable {
    private var keys: [UInt64]
    private var rows: [UInt32]
    private var count = 0
    private var mask: Int
    private var shift: UInt64

    /// An empty table.
    init() {
        keys = Array(repeating: 0, count: 1_024)
        rows = Array(repeating: 0, count: 1_024)
        mask = 1_023
        shift = 54
    }

    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The row first recorded for `hash`; when there is none, records `row` and returns nil.
    mutating func firstRow(of hash: UInt64, recording row: Int) -> Int? {
        let key = hash == 0 ? 1 : hash
        var slot = home(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return Int(rows[slot]) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        rows[slot] = UInt32(clamping: row)
        count += 1
        if count * 4 > keys.count * 3 { grow() }
        return nil
    }

    private mutating func grow() {
        let oldKeys = keys, oldRows = rows
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        rows = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        shift -= 1
        for (index, key) in oldKeys.enumerated() where key != 0 {
            var slot = home(key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = oldRows[index]
        }
    }
}
