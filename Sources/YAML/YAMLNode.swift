public import Diagnostics

/// How a scalar was written in the source.
public enum YAMLScalarStyle: String, Sendable, Hashable, CaseIterable {
    /// Unquoted: `key: value`.
    case plain
    /// In single quotes: `'value'`.
    case singleQuoted
    /// In double quotes, with escapes: `"value"`.
    case doubleQuoted
    /// A literal block, keeping line breaks: `|`.
    case literal
    /// A folded block, joining lines with spaces: `>`.
    case folded
}

/// One node of a YAML document: a scalar, a sequence or a mapping, with where it was written.
///
/// Two nodes are equal when their contents and tags are equal; positions and anchors are
/// ignored. An alias is replaced by a copy of the node it names, which keeps that node's
/// positions.
public struct YAMLNode: Sendable, Equatable, CustomStringConvertible {
    /// The kind of a node with its children.
    public enum Content: Sendable {
        /// A scalar: its decoded value and the style it was written in.
        case scalar(String, YAMLScalarStyle)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, in the order the entries were written.
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    /// What the node holds.
    public var content: Content
    /// The explicit tag, resolved to its full form (`!!str` is `tag:yaml.org,2002:str`).
    public var tag: String?
    /// The anchor (`&name`) written on the node, if any.
    public var anchor: String?
    /// Where the node starts: its anchor or tag when it has one, else its first character.
    public var location: SourceLocation
    /// The UTF-8 offset in the file at which the node starts.
    public var startOffset: Int
    /// The UTF-8 offset in the file just after the node.
    public var endOffset: Int

    /// Creates a node.
    public init(
        _ content: Content, tag: String? = nil, anchor: String? = nil,
        location: SourceLocation = SourceLocation(file: nil, line: 1, column: 1),
        startOffset: Int = 0, endOffset: Int = 0
    ) {
        self.content = content
        self.tag = tag
        self.anchor = anchor
        self.location = location
        self.startOffset = startOffset
        self.endOffset = endOffset
    }

    /// A plain scalar at no particular place, for building expected trees.
    public static func scalar(_ value: String, style: YAMLScalarStyle = .plain) -> YAMLNode {
        YAMLNode(.scalar(value, style))
    }

    /// Compares contents and tags, ignoring positions and anchors, without recursion.
    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        var pending = [(lhs, rhs)]
        while let (left, right) = pending.popLast() {
            guard left.tag == right.tag else { return false }
            switch (left.content, right.content) {
            case let (.scalar(leftValue, leftStyle), .scalar(rightValue, rightStyle)):
                guard leftValue == rightValue, leftStyle == rightStyle else { return false }
            case let (.sequence(leftItems), .sequence(rightItems)):
                guard leftItems.count == rightItems.count else { return false }
                pending.append(contentsOf: zip(leftItems, rightItems))
            case let (.mapping(leftEntries), .mapping(rightEntries)):
                guard leftEntries.count == rightEntries.count else { return false }
                for (leftEntry, rightEntry) in zip(leftEntries, rightEntries) {
                    pending.append((leftEntry.key, rightEntry.key))
                    pending.append((leftEntry.value, rightEntry.value))
                }
            default:
                return false
            }
        }
        return true
    }

    /// A short description for test failures and debugging: `"text"`, `[…]` or `{…}` with
    /// children, in flow style.
    public var description: String {
        switch content {
        case let .scalar(value, style):
            return style == .plain ? value : JSONText.quote(value)
        case let .sequence(items):
            return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case let .mapping(entries):
            return "{" + entries.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}
