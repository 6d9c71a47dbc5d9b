import Diagnostics
import Testing
import YAML

/// Reads a single document of `text` from a file named `test.yaml`.
func parseYAML(_ text: String, limits: YAMLLimits = YAMLLimits()) throws -> YAMLNode {
    try YAMLReader(limits: limits).parseSingle(SourceFile(path: "test.yaml", text: text)).get()
}

/// The diagnostics of a text that must fail to read.
func yamlDiagnostics(_ text: String, limits: YAMLLimits = YAMLLimits()) -> [Diagnostic] {
    switch YAMLReader(limits: limits).parseSingle(SourceFile(path: "test.yaml", text: text)) {
    case .success:
        return []
    case let .failure(failure):
        return failure.diagnostics
    }
}

/// The first scalar of a tree (depth first) whose value contains `marker`.
func firstScalar(containing marker: String, in root: YAMLNode) -> YAMLNode? {
    var pending = [root]
    while let node = pending.popLast() {
        switch node.content {
        case let .scalar(value, _):
            if value.contains(marker) { return node }
        case let .sequence(items):
            pending.append(contentsOf: items.reversed())
        case let .mapping(entries):
            for entry in entries.reversed() {
                pending.append(entry.value)
                pending.append(entry.key)
            }
        }
    }
    return nil
}
