import CEL
import Foundation

/// One test of the CEL conformance corpus, decoded from its JSON form.
public struct ConformanceCase: Sendable {
    /// The corpus file's name without extension (`basic`).
    public var file: String
    /// The section's name.
    public var section: String
    /// The test's name.
    public var name: String
    /// The expression.
    public var expr: String
    /// The namespace of the test, or "".
    public var container: String
    /// Run without the type checker.
    public var disableCheck: Bool
    /// Type-check only.
    public var checkOnly: Bool
    /// Marked by the corpus as needing protobuf messages.
    public var needsProto: Bool
    /// The declared variables.
    public var declarations: [VariableDecl]
    /// True when `type_env` declares functions, which this runner cannot provide.
    public var declaresFunctions: Bool
    /// The values of variables.
    public var bindings: [String: Value]
    /// What must come out.
    public var expected: Expectation

    /// `file/section/name`, the key of the skip list.
    public var key: String { "\(file)/\(section)/\(name)" }

    /// What a test expects.
    public enum Expectation: Sendable {
        /// A value, and the type the checker must deduce when given.
        case value(Value, deducedType: CELType?)
        /// The checker must deduce this type (check-only tests).
        case deducedType(CELType)
        /// Parsing, checking or evaluation must fail.
        case error
        /// A form this runner does not know.
        case unsupported(String)
    }
}

/// Why a corpus file could not be read.
public struct CorpusError: Error, CustomStringConvertible {
    /// What went wrong, with the file.
    public var description: String
}

/// Reads the corpus's JSON files.
public enum ConformanceCorpus {
    /// The cases of one JSON file, in order.
    public static func load(_ url: URL) throws -> [ConformanceCase] {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CorpusError(description: "\(url.path): not a JSON object")
        }
        let file = url.deletingPathExtension().lastPathComponent
        var cases: [ConformanceCase] = []
        for section in root["sections"] as? [[String: Any]] ?? [] {
            let sectionName = section["name"] as? String ?? ""
            for test in section["tests"] as? [[String: Any]] ?? [] {
                cases.append(decodeCase(test, file: file, section: sectionName))
            }
        }
        return cases
    }

    private static func decodeCase(_ test: [String: Any], file: String, section: String) -> ConformanceCase {
        var declarations: [VariableDecl] = []
        var declaresFunctions = false
        for entry in test["type_env"] as? [[String: Any]] ?? [] {
            guard let name = entry["name"] as? String else { continue }
            if let ident = entry["ident"] as? [String: Any] {
                let type = ConformanceValues.type(ident["type"]) ?? .dyn
                declarations.append(VariableDecl(name: name, type: type))
            } else if entry["function"] != nil {
                declaresFunctions = true
            }
        }
        var bindings: [String: Value] = [:]
        for (name, raw) in test["bindings"] as? [String: Any] ?? [:] {
            bindings[name] = ConformanceValues.value(raw) ?? .fail(.unsupported("binding"))
            if !declarations.contains(where: { $0.name == name }) {
                declarations.append(VariableDecl(name: name, type: .dyn))
            }
        }
        return ConformanceCase(
            file: file, section: section, name: test["name"] as? String ?? "",
            expr: test["expr"] as? String ?? "", container: test["container"] as? String ?? "",
            disableCheck: test["disable_check"] as? Bool ?? false, checkOnly: test["check_only"] as? Bool ?? false,
            needsProto: test["needs_proto"] as? Bool ?? false, declarations: declarations,
            declaresFunctions: declaresFunctions, bindings: bindings,
            expected: expectation(test["expected"] as? [String: Any] ?? [:]))
    }

    private static func expectation(_ expected: [String: Any]) -> ConformanceCase.Expectation {
        if expected["error"] as? Bool == true { return .error }
        let deduced = expected["deduced_type"].flatMap { ConformanceValues.type($0) }
        if let raw = expected["value"] {
            guard let value = ConformanceValues.value(raw) else { return .unsupported("value") }
            return .value(value, deducedType: deduced)
        }
        if let deduced { return .deducedType(deduced) }
        return .unsupported(expected.keys.sorted().joined(separator: ","))
    }
}
