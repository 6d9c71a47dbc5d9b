import Diagnostics

/// Converts libyaml's character indexes into UTF-8 offsets, and UTF-8 offsets into locations,
/// in time proportional to the distance from the previous query.
///
/// libyaml 0.2.5 counts `mark.index` and `mark.column` in characters, not bytes, and also breaks
/// lines at `\r`, U+0085, U+2028 and U+2029; locations are therefore computed from UTF-8 offsets
/// with the project's convention (lines end at `\n`, columns count Unicode scalars).
///
/// A byte order mark at the start of the text is not given to libyaml (which would count it in
/// the indentation of the first line); positions account for it.
struct SourceIndex {
    /// How many characters separate two checkpoints of the character-to-byte table.
    private static let checkpointStride = 1024

    let bytes: [UInt8]
    /// Whether the text starts with a byte order mark.
    let hasByteOrderMark: Bool
    private let path: String?
    private let isASCII: Bool
    private let lineStarts: [Int]

    /// Byte offsets of characters 0, stride, 2 × stride, … seen so far.
    private var checkpoints = [0]
    private var characterCursor = 0
    private var byteCursor = 0

    private var locationOffset = 0
    private var locationLine = 0
    private var locationColumn = 1

    init(_ source: SourceFile) {
        bytes = Array(source.text.utf8)
        path = source.path
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The text given to libyaml: all of it but a leading byte order mark.
    var libyamlInput: ArraySlice<UInt8> {
        bytes.dropFirst(hasByteOrderMark ? 3 : 0)
    }

    /// The UTF-8 offset in the file of a byte offset in ``libyamlInput``.
    func byteOffset(ofInputByte offset: Int) -> Int {
        max(0, min(offset + (hasByteOrderMark ? 3 : 0), bytes.count))
    }

    /// The UTF-8 offset in the file of a character index in ``libyamlInput`` (clamped to the text).
    mutating func byteOffset(ofCharacter character: Int) -> Int {
        if isASCII { return max(0, min(character, bytes.count)) }
        let target = min(max(0, character), bytes.count) + (hasByteOrderMark ? 1 : 0)
        if target < characterCursor {
            let checkpoint = min(target / Self.checkpointStride, checkpoints.count - 1)
            characterCursor = checkpoint * Self.checkpointStride
            byteCursor = checkpoints[checkpoint]
        }
        while characterCursor < target, byteCursor < bytes.count {
            byteCursor += 1
            while byteCursor < bytes.count, bytes[byteCursor] & 0xC0 == 0x80 { byteCursor += 1 }
            characterCursor += 1
            if characterCursor == checkpoints.count * Self.checkpointStride {
                checkpoints.append(byteCursor)
            }
        }
        return byteCursor
    }

    /// The location of a UTF-8 offset (clamped to the text).
    mutating func location(ofByte offset: Int) -> SourceLocation {
        let target = max(0, min(offset, bytes.count))
        let sameLine = target >= locationOffset && target < nextLineStart(after: locationLine)
        if !sameLine {
            locationLine = line(containing: target)
            locationOffset = lineStarts[locationLine]
            locationColumn = 1
        }
        while locationOffset < target {
            if bytes[locationOffset] & 0xC0 != 0x80 { locationColumn += 1 }
            locationOffset += 1
        }
        return SourceLocation(file: path, line: locationLine + 1, column: locationColumn)
    }

    /// The location and UTF-8 offset in the file of a character index in ``libyamlInput``.
    mutating func location(ofCharacter character: Int) -> (location: SourceLocation, offset: Int) {
        let offset = byteOffset(ofCharacter: character)
        return (location(ofByte: offset), offset)
    }

    private func nextLineStart(after line: Int) -> Int {
        line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count + 1
    }

    /// The 0-based line holding a byte offset.
    private func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = low + (high - low + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
