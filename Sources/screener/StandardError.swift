import Foundation

/// Standard error, where the commands write diagnostics, warnings and summaries.
enum StandardError {
    /// Writes `text` and a line break.
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
