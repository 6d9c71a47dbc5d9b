import Diagnostics
import YAML

/// One record of a registry as read, before it is decoded and screened (decoding happens on
/// the worker threads).
public enum RegistryItem: Sendable {
    /// A row of a table (CSV or spreadsheet).
    case row(RawRow)
    /// One JSON document (a JSON Lines line or an element of a JSON array) and its line.
    case document(text: String, line: Int)
    /// One element of a YAML sequence, already parsed.
    case node(YAMLNode, number: Int)
    /// A record that could not be read at all.
    case unreadable(number: Int, Diagnostic)

    /// The record's number: its row, line or position in the file.
    public var number: Int {
        switch self {
        case .row(let row): return row.number
        case .document(_, let line): return line
        case .node(_, let number): return number
        case .unreadable(let number, _): return number
        }
    }
}
