import Foundation

/// Bytes of a file read in blocks, with one byte of look-ahead.
final class ByteInput {
    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    private var finished: Bool
    /// Bytes consumed before the current block.
    private var consumedBefore = 0
    /// The bytes read from the file at a time.
    private let blockSize: Int
    static let defaultBlockSize = 1 << 20

    /// Opens a file, to read in blocks of `blockSize` bytes (at least one); nil when it cannot
    /// be opened.
    init?(path: String, blockSize: Int = ByteInput.defaultBlockSize) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.blockSize = max(blockSize, 1)
        self.buffer = []
        self.finished = false
        refill()
    }

    /// Bytes held in memory.
    init(bytes: [UInt8]) {
        self.handle = nil
        self.blockSize = Self.defaultBlockSize
        self.buffer = bytes
        self.finished = true
    }

    deinit { try? handle?.close() }

    /// Bytes consumed so far.
    var consumed: Int { consumedBefore + position }

    var atEnd: Bool {
        if position < buffer.count { return false }
        refill()
        return position >= buffer.count
    }

    @inline(__always)
    func next() -> UInt8? {
        if position >= buffer.count {
            refill()
            if position >= buffer.count { return nil }
        }
        let byte = buffer[position]
        position += 1
        return byte
    }

    @inline(__always)
    func peek() -> UInt8? {
        if position >= buffer.count {
            refill()
            if position >= buffer.count { return nil }
        }
        return buffer[position]
    }

    private func refill() {
        guard !finished, let handle else { return }
        let data = handle.readData(ofLength: blockSize)
        consumedBefore += position
        buffer = [UInt8](data)
        position = 0
        if data.isEmpty { finished = true }
    }

    /// Calls `body` with the bytes not yet consumed in the current block, and whether no more
    /// follow them.
    func withUnread<T>(_ body: (UnsafeBufferPointer<UInt8>, Bool) -> T) -> T {
        let finished = finished
        return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[position...]), finished) }
    }

    /// Consumes `count` of the unread bytes.
    func skip(_ count: Int) {
        position = min(position + count, buffer.count)
    }

    /// Reads more of the file after the unread bytes, keeping them: at least a block, or as many
    /// bytes as are unread, so a long record is read again only a few times.
    func readMore() {
        guard !finished, let handle else {
            finished = true
            return
        }
        let data = handle.readData(ofLength: max(blockSize, buffer.count - position))
        consumedBefore += position
        buffer.removeSubrange(0..<position)
        buffer.append(contentsOf: data)
        position = 0
        if data.isEmpty { finished = true }
    }

    /// Skips a UTF-8 byte-order mark at the start.
    func skipByteOrderMark() {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    func guessSeparator() -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        var index = position
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted {
                if byte == UInt8(ascii: "\n") { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
            }
            index += 1
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
