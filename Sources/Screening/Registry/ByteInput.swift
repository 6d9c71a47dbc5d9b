import Foundation

/// Bytes of a file read in blocks, with one byte of look-ahead.
final class ByteInput {
    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var position = 0
    private var finished: Bool
    /// Bytes consumed before the current block.
    private var consumedBefore = 0
    static let blockSize = 1 << 20

    /// Opens a file; nil when it cannot be opened.
    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.buffer = []
        self.finished = false
        refill()
    }

    /// Bytes held in memory.
    init(bytes: [UInt8]) {
        self.handle = nil
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
        let data = handle.readData(ofLength: Self.blockSize)
        consumedBefore += position
        buffer = [UInt8](data)
        position = 0
        if data.isEmpty { finished = true }
    }

    /// Appends bytes to `field` up to (not including) the first of `separator`, a quote or a
    /// line break, crossing block boundaries; returns that byte without consuming it, or nil
    /// at the end of the input.
    func appendPlain(to field: inout [UInt8], separator: UInt8) -> UInt8? {
        while true {
            if position >= buffer.count {
                refill()
                if position >= buffer.count { return nil }
            }
            let stop: UInt8? = buffer.withUnsafeBufferPointer { bytes in
                var index = position
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == separator || byte == 0x0A || byte == 0x0D || byte == 0x22 { break }
                    index += 1
                }
                field.append(contentsOf: bytes[position..<index])
                position = index
                return index < bytes.count ? bytes[index] : nil
            }
            if let stop { return stop }
        }
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
