/// A position in a source file: 1-based line and 1-based column counted in Unicode scalars.
///
/// This is the one location convention of the project. libyaml's 0-based marks are converted
/// at the C boundary; CEL offsets inside YAML scalars are mapped back to file positions.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The file, or `nil` for text that did not come from a file (a command-line expression).
    public var file: String?
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String?, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or `line:column` without a file.
    public var description: String {
        if let file { return "\(file):\(line):\(column)" }
        return "\(line):\(column)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        ((lhs.file ?? ""), lhs.line, lhs.column) < ((rhs.file ?? ""), rhs.line, rhs.column)
    }
}
