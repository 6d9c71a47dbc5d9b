import Foundation

/// The bytes of one XML part of a workbook, held in memory or read from a file in chunks, so
/// that a large worksheet is never in memory at once.
struct XLSXByteStream {
    private var buffer: [UInt8]
    private var index = 0
    private let handle: FileHandle?
    private let chunkSize: Int
    private var atEnd = false
    /// Whether reading the file failed before its end.
    private(set) var readFailed = false

    /// A stream over bytes already in memory.
    init(bytes: [UInt8]) {
        buffer = bytes
        handle = nil
        chunkSize = 0
    }

    /// A stream that reads `handle` to its end, `chunkSize` bytes at a time.
    init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        buffer = []
        self.handle = handle
        self.chunkSize = max(1, chunkSize)
    }

    /// The next byte, without consuming it; nil at the end.
    @inline(__always)
    mutating func peek() -> UInt8? {
        if index < buffer.count || refill() { return buffer[index] }
        return nil
    }

    /// The next byte, consumed; nil at the end.
    @inline(__always)
    mutating func next() -> UInt8? {
        if index < buffer.count || refill() {
            let byte = buffer[index]
            index += 1
            return byte
        }
        return nil
    }

    /// Consumes bytes up to and including `byte`; false when the stream ends first.
    mutating func skip(past byte: UInt8) -> Bool {
        while true {
            if index >= buffer.count, !refill() { return false }
            if let found = buffer[index...].firstIndex(of: byte) {
                index = found + 1
                return true
            }
            index = buffer.count
        }
    }

    /// Replaces the consumed buffer with the next chunk of the file; false at the end.
    private mutating func refill() -> Bool {
        guard let handle, !atEnd else { return false }
        do {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                atEnd = true
                return false
            }
            buffer = [UInt8](data)
            index = 0
            return true
        } catch {
            atEnd = true
            readFailed = true
            return false
        }
    }
}
