import Diagnostics

/// The text of one expression and where it sits in the file it came from.
///
/// An expression typed on the command line is its own file. An expression taken from a YAML
/// scalar keeps, for each UTF-8 offset of its text, the offset in the YAML file, so that
/// errors point into the policy file (quoting, escapes and block styles are accounted for by
/// whoever builds the map).
public struct ExpressionSource: Sendable {
    /// The expression's text.
    public let text: String
    /// The file that holds it.
    public let file: SourceFile
    /// For each UTF-8 offset of `text` (and one past the end), the offset in `file`;
    /// `nil` when `text` is the whole file.
    public let fileOffsets: [Int]?

    /// An expression that is a whole text of its own (`path` nil for the command line).
    public init(text: String, path: String? = nil) {
        self.text = text
        self.file = SourceFile(path: path, text: text)
        self.fileOffsets = nil
    }

    /// An expression embedded in a larger file.
    public init(text: String, file: SourceFile, fileOffsets: [Int]) {
        self.text = text
        self.file = file
        self.fileOffsets = fileOffsets
    }

    /// The offset in the file of a UTF-8 offset of the text.
    public func fileOffset(_ offset: Int) -> Int {
        guard let fileOffsets, !fileOffsets.isEmpty else { return offset }
        return fileOffsets[max(0, min(offset, fileOffsets.count - 1))]
    }

    /// The file location of a UTF-8 offset of the text.
    public func location(ofUTF8Offset offset: Int) -> SourceLocation {
        file.location(ofUTF8Offset: fileOffset(offset))
    }

    /// An error diagnostic at an offset of the text, quoting the file's line.
    public func diagnostic(code: String, offset: Int, message: LocalizedText, help: LocalizedText? = nil)
        -> Diagnostic
    {
        Diagnostic(code: code, source: file, offset: fileOffset(offset), message: message, help: help)
    }
}
