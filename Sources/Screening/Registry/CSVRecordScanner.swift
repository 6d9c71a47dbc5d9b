import Diagnostics

/// Finds one CSV record in a run of bytes held in memory and lays its cells' bytes end to end in
/// reusable room, so that reading a row costs one pass over its bytes and two exact copies.
///
/// Plain text is skipped eight bytes at a time; only separators, quotes and line breaks stop
/// the scan. The rules are those of ``CSVReader``.
final class CSVRecordScanner {
    /// How a scan ended.
    enum Outcome {
        /// A whole record (or an empty line) was found.
        case record(Record)
        /// The bytes end before the record does and more may follow: read more, then scan again.
        case needInput
        /// The record does not fit in the room: ``grow()`` it, then scan again.
        case needRoom
    }

    /// What is wrong with a record's quoting.
    enum Problem {
        /// A quote inside an unquoted cell, or text after a closing quote, in this 1-based column.
        case strayQuote(column: Int)
        /// A quoted cell that the input ends inside, in this 1-based column.
        case unclosedQuote(column: Int)
    }

    /// A record found by ``scan(_:finished:separator:)``; its cells are in the room.
    struct Record {
        /// The bytes the record took, with its line break.
        var consumed: Int
        /// The line breaks it took (its own and those inside quoted cells).
        var lines: Int
        /// Whether the line held nothing at all (no byte, quote or separator).
        var isEmpty: Bool
        /// The number of cells.
        var cellCount: Int
        /// The first quoting problem, or an unclosed quote.
        var problem: Problem?
    }

    /// Room for the cells' bytes, end to end, and for where each cell ends.
    private var bytes: UnsafeMutableBufferPointer<UInt8>
    private var ends: UnsafeMutableBufferPointer<Int>
    /// Which room the last scan ran out of.
    private var bytesFull = false
    private var endsFull = false

    init() {
        bytes = .allocate(capacity: 1024)
        ends = .allocate(capacity: 64)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// Doubles the room the last scan ran out of (a record never needs more room for bytes than
    /// it has bytes, nor for ends than it has separators, so this stays small).
    func grow() {
        if bytesFull {
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count * 2)
            bytes.deallocate()
            bytes = larger
        }
        if endsFull {
            let larger = UnsafeMutableBufferPointer<Int>.allocate(capacity: ends.count * 2)
            ends.deallocate()
            ends = larger
        }
    }

    /// Adds the cells of the record last scanned to a block of rows: its bytes after the block's
    /// bytes and where its cells end (counted from its first byte) after the block's ends.
    func append(_ record: Record, toBytes blockBytes: inout [UInt8], ends blockEnds: inout [Int]) {
        let cells = UnsafeBufferPointer(rebasing: ends[0..<record.cellCount])
        blockBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<(cells.last ?? 0)]))
        blockEnds.append(contentsOf: cells)
    }

    /// Scans the record at the start of `input`; `finished` says no byte follows `input`.
    func scan(_ input: UnsafeBufferPointer<UInt8>, finished: Bool, separator: UInt8) -> Outcome {
        guard let source = input.baseAddress, let out = bytes.baseAddress, let cellEnds = ends.baseAddress else {
            return finished ? .record(Record(consumed: 0, lines: 0, isEmpty: true, cellCount: 0, problem: nil)) : .needInput
        }
        let count = input.count
        let room = bytes.count
        let endRoom = ends.count
        let specials = CSVBytes.Specials(separator: separator)
        var index = 0
        var written = 0
        var cells = 0
        var cellStart = 0
        var lines = 0
        var isEmpty = true
        var problem: Problem?
        // Each helper below returns false when the room is full.
        bytesFull = false
        endsFull = false
        func endCell() -> Bool {
            guard cells < endRoom else {
                endsFull = true
                return false
            }
            cellEnds[cells] = written
            cells += 1
            cellStart = written
            return true
        }
        func put(_ byte: UInt8) -> Bool {
            guard written < room else {
                bytesFull = true
                return false
            }
            out[written] = byte
            written += 1
            return true
        }
        func stray() {
            if problem == nil { problem = .strayQuote(column: cells + 1) }
        }
        func record() -> Outcome {
            .record(Record(consumed: index, lines: lines, isEmpty: isEmpty, cellCount: cells, problem: problem))
        }
        while true {
            guard index < count else {
                guard finished else { return .needInput }
                return endCell() ? record() : .needRoom
            }
            let byte = source[index]
            if byte == separator {
                isEmpty = false
                guard endCell() else { return .needRoom }
                index += 1
                continue
            }
            switch byte {
            case CSVBytes.quote:
                isEmpty = false
                guard written == cellStart else {
                    stray()
                    guard put(byte) else { return .needRoom }
                    index += 1
                    continue
                }
                index += 1
                // The quoted text, with `""` read as one quote.
                quoted: while true {
                    guard index < count else {
                        guard finished else { return .needInput }
                        problem = .unclosedQuote(column: cells + 1)
                        return endCell() ? record() : .needRoom
                    }
                    let inner = source[index]
                    if inner == CSVBytes.lineFeed { lines += 1 }
                    if inner == CSVBytes.quote {
                        guard index + 1 < count || finished else { return .needInput }
                        guard index + 1 < count, source[index + 1] == CSVBytes.quote else {
                            index += 1
                            break quoted
                        }
                        guard put(inner) else { return .needRoom }
                        index += 2
                        continue
                    }
                    guard put(inner) else { return .needRoom }
                    index += 1
                }
                // After a closing quote only a separator or the end of the line may follow.
                while index < count {
                    let next = source[index]
                    if next == separator || next == CSVBytes.lineFeed || next == CSVBytes.carriageReturn { break }
                    stray()
                    guard put(next) else { return .needRoom }
                    index += 1
                }
            case CSVBytes.carriageReturn:
                guard index + 1 < count || finished else { return .needInput }
                index += index + 1 < count && source[index + 1] == CSVBytes.lineFeed ? 2 : 1
                lines += 1
                return endCell() ? record() : .needRoom
            case CSVBytes.lineFeed:
                index += 1
                lines += 1
                return endCell() ? record() : .needRoom
            default:
                isEmpty = false
                // Copy a plain run eight bytes at a time while looking for its end, then the
                // bytes left one by one.
                plain: do {
                    let from = source + index
                    let to = out + written
                    // Words are read and written while eight bytes remain on both sides.
                    let limit = min(count - index, room - written) - 8
                    var step = 0
                    while step <= limit {
                        let word = UnsafeRawPointer(from + step).loadUnaligned(as: UInt64.self)
                        UnsafeMutableRawPointer(to + step).storeBytes(of: word, as: UInt64.self)
                        if let offset = specials.first(in: word) {
                            index += step + offset
                            written += step + offset
                            break plain
                        }
                        step += 8
                    }
                    index += step
                    written += step
                    while index < count, !specials.contains(source[index]) {
                        guard put(source[index]) else { return .needRoom }
                        index += 1
                    }
                }
            }
        }
    }
}

/// The bytes that matter to CSV, and a search for them eight at a time.
enum CSVBytes {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// The separator, the quote and the line breaks, each repeated in every byte of a word,
    /// to find the first of them among eight bytes at once.
    struct Specials {
        let separator: UInt8
        private let separators: UInt64
        private let ones: UInt64 = 0x0101_0101_0101_0101
        private let highs: UInt64 = 0x8080_8080_8080_8080
        private let quotes: UInt64 = 0x2222_2222_2222_2222
        private let lineFeeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        private let returns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

        init(separator: UInt8) {
            self.separator = separator
            separators = ones &* UInt64(separator)
        }

        /// Whether a byte is the separator, a quote or a line break.
        @inline(__always)
        func contains(_ byte: UInt8) -> Bool {
            byte == separator || byte == quote || byte == lineFeed || byte == carriageReturn
        }

        /// The offset of the first special byte among the eight of `word` (in memory order), if any.
        ///
        /// A byte equals b exactly when the word XOR b·0x0101… has a zero byte there, and the
        /// lowest zero byte is found exactly by the borrow trick below (bytes above it may show
        /// falsely). The wrapping operators are the trick's own arithmetic on bit patterns.
        @inline(__always)
        func first(in word: UInt64) -> Int? {
            let bytes = UInt64(littleEndian: word)
            let a = bytes ^ separators, b = bytes ^ quotes, c = bytes ^ lineFeeds, d = bytes ^ returns
            let zeros = ((a &- ones) & ~a) | ((b &- ones) & ~b) | ((c &- ones) & ~c) | ((d &- ones) & ~d)
            let found = zeros & highs
            return found == 0 ? nil : found.trailingZeroBitCount / 8
        }
    }
}
