import Diagnostics

/// Builds node trees from libyaml events without recursion, enforcing ``YAMLLimits``,
/// resolving aliases and rejecting duplicate keys.
struct YAMLTreeBuilder {
    /// A finished node with the measures the limits need.
    private struct Built {
        var node: YAMLNode
        /// The number of nodes in the tree, the node included.
        var size: Int
        /// 0 for a scalar, 1 + the largest child height for a collection.
        var height: Int
    }

    /// A sequence or mapping whose end has not been seen yet.
    private struct Frame {
        var isMapping: Bool
        var isFlow: Bool
        var properties: LibYAMLEvent.Properties
        var location: SourceLocation
        var startOffset: Int
        var lastEndOffset: Int
        var items: [YAMLNode] = []
        var entries: [(key: YAMLNode, value: YAMLNode)] = []
        var pendingKey: YAMLNode?
        var keys = MappingKeySet()
        var size = 1
        var height = 1
    }

    private let source: SourceFile
    private let limits: YAMLLimits
    private var index: SourceIndex
    private var stack: [Frame] = []
    private var anchors: [String: Built] = [:]
    private var root: Built?
    private var documents: [(node: YAMLNode, offset: Int)] = []
    private var documentOffset = 0
    private var nodeCount = 0
    private var aliasExpansion = 0

    init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
        self.index = SourceIndex(source)
    }

    /// Reads every event of the source; the documents with the offset at which each starts.
    mutating func build() -> Result<[(node: YAMLNode, offset: Int)], YAMLFailure> {
        let stream = LibYAMLEventStream(bytes: index.libyamlInput)
        while true {
            switch stream.next() {
            case let .failure(problem):
                return .failure(YAMLFailure(diagnostic(for: problem)))
            case let .success(event):
                if case .streamEnd = event.kind {
                    return .success(documents)
                }
                if let failure = handle(event) { return .failure(YAMLFailure(failure)) }
            }
        }
    }

    private mutating func handle(_ event: LibYAMLEvent) -> Diagnostic? {
        let (location, start) = index.location(ofCharacter: event.startIndex)
        switch event.kind {
        case .streamStart, .streamEnd:
            return nil
        case .documentStart:
            anchors = [:]
            root = nil
            documentOffset = start
            return nil
        case .documentEnd:
            if let root { documents.append((root.node, documentOffset)) }
            root = nil
            return nil
        case let .alias(name):
            return alias(name, start: start, end: index.byteOffset(ofCharacter: event.endIndex))
        case let .scalar(value, style, properties):
            if let failure = countNodes(1, offset: start) { return failure }
            let end = index.byteOffset(ofCharacter: event.endIndex)
            let node = YAMLNode(
                .scalar(value, style), tag: properties.tag, anchor: properties.anchor,
                location: location, startOffset: start, endOffset: end)
            return finish(Built(node: node, size: 1, height: 0), start: start, end: end)
        case let .sequenceStart(isFlow, properties), let .mappingStart(isFlow, properties):
            if let failure = countNodes(1, offset: start) { return failure }
            guard stack.count < limits.maxDepth else {
                return YAMLMessages.tooDeep(limit: limits.maxDepth, source: source, offset: start)
            }
            var isMapping = false
            if case .mappingStart = event.kind { isMapping = true }
            stack.append(
                Frame(
                    isMapping: isMapping, isFlow: isFlow, properties: properties, location: location,
                    startOffset: start, lastEndOffset: start))
            return nil
        case .sequenceEnd, .mappingEnd:
            guard let frame = stack.popLast() else { return nil }
            let end = frame.isFlow ? index.byteOffset(ofCharacter: event.endIndex) : frame.lastEndOffset
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
            let node = YAMLNode(
                content, tag: frame.properties.tag, anchor: frame.properties.anchor,
                location: frame.location, startOffset: frame.startOffset, endOffset: end)
            return finish(Built(node: node, size: frame.size, height: frame.height), start: frame.startOffset, end: end)
        }
    }

    /// Replaces an alias by a copy of its anchored node, within the limits.
    private mutating func alias(_ name: String, start: Int, end: Int) -> Diagnostic? {
        guard let target = anchors[name] else {
            return YAMLMessages.undefinedAlias(name, source: source, offset: start)
        }
        aliasExpansion = Self.add(aliasExpansion, target.size)
        guard aliasExpansion <= limits.maxAliasExpansion else {
            return YAMLMessages.aliasExpansion(limit: limits.maxAliasExpansion, source: source, offset: start)
        }
        guard Self.add(stack.count, target.height) <= limits.maxDepth else {
            return YAMLMessages.tooDeep(limit: limits.maxDepth, source: source, offset: start)
        }
        if let failure = countNodes(target.size, offset: start) { return failure }
        var copy = target
        copy.node.anchor = nil
        return finish(copy, start: start, end: end, isAlias: true)
    }

    /// Adds a finished node to its parent (or makes it the document's root) and records its anchor.
    private mutating func finish(_ built: Built, start: Int, end: Int, isAlias: Bool = false) -> Diagnostic? {
        if !isAlias, let anchor = built.node.anchor { anchors[anchor] = built }
        guard var frame = stack.popLast() else {
            root = built
            return nil
        }
        defer { stack.append(frame) }
        frame.size = Self.add(frame.size, built.size)
        frame.height = max(frame.height, Self.add(built.height, 1))
        frame.lastEndOffset = max(frame.lastEndOffset, end)
        guard frame.isMapping else {
            frame.items.append(built.node)
            return nil
        }
        guard let key = frame.pendingKey else {
            if let first = frame.keys.insert(built.node, offset: start) {
                return YAMLMessages.duplicateKey(
                    Self.keyName(built.node), first: source.location(ofUTF8Offset: first),
                    source: source, offset: start)
            }
            frame.pendingKey = built.node
            return nil
        }
        frame.entries.append((key, built.node))
        frame.pendingKey = nil
        return nil
    }

    private mutating func countNodes(_ count: Int, offset: Int) -> Diagnostic? {
        nodeCount = Self.add(nodeCount, count)
        guard nodeCount <= limits.maxNodes else {
            return YAMLMessages.tooManyNodes(limit: limits.maxNodes, source: source, offset: offset)
        }
        return nil
    }

    private mutating func diagnostic(for problem: LibYAMLProblem) -> Diagnostic {
        switch problem.stage {
        case .memory:
            return YAMLMessages.parserUnavailable(problem.problem, path: source.path)
        case .reader:
            return YAMLMessages.forbiddenCharacter(
                problem.problem, source: source, offset: index.byteOffset(ofInputByte: problem.position))
        case .syntax:
            let contextLocation = problem.contextIndex.map { index.location(ofCharacter: $0).location }
            let offset = index.byteOffset(ofCharacter: problem.position)
            let atTab = offset < index.bytes.count && index.bytes[offset] == UInt8(ascii: "\t")
            return YAMLMessages.syntax(
                problem.problem, context: problem.context, contextLocation: contextLocation,
                source: source, offset: offset, atTab: atTab)
        }
    }

    /// The text of a key for messages: a scalar's first 40 characters, or `[…]` / `{…}`.
    private static func keyName(_ key: YAMLNode) -> String {
        switch key.content {
        case let .scalar(value, _):
            let scalars = value.unicodeScalars
            guard scalars.count > 40 else { return value }
            return String(String.UnicodeScalarView(scalars.prefix(40))) + "…"
        case .sequence: return "[…]"
        case .mapping: return "{…}"
        }
    }

    private static func add(_ lhs: Int, _ rhs: Int) -> Int {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow ? Int.max : sum
    }
}
