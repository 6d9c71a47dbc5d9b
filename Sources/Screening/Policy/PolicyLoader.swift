import CEL
import Crypto
import Diagnostics
import Foundation
import YAML

/// Why a policy could not be loaded: every problem found, each at its file, line and column.
public struct PolicyLoadFailure: Error, Sendable {
    /// The problems.
    public var diagnostics: [Diagnostic]
}

/// Reads a policy from a file or a folder (SPEC §3): parses every YAML file, merges them, and
/// reads the schema and the clause index that the header names.
public struct PolicyLoader: Sendable {
    /// Limits of the YAML reader.
    public var yamlReader = YAMLReader()

    /// Creates a loader.
    public init() {}

    static let topLevelKeys = ["policy", "parameters", "lists", "facts", "rules"]

    /// Loads the policy at `path` (a folder, or a single YAML file).
    public func load(path: String) -> Result<Policy, PolicyLoadFailure> {
        let (policy, diagnostics) = loadPartially(path: path)
        guard diagnostics.isEmpty, let policy else { return .failure(PolicyLoadFailure(diagnostics: diagnostics)) }
        return .success(policy)
    }

    /// Loads what can be loaded: the policy without the parts that have errors (nil when the
    /// header or the schema cannot be read), and every problem found.
    public func loadPartially(path: String) -> (Policy?, [Diagnostic]) {
        let files: [String]
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return (nil, [Self.fileError(path, missing: true)])
        }
        let folder = isDirectory.boolValue ? path : (path as NSString).deletingLastPathComponent
        files = isDirectory.boolValue ? Self.yamlFiles(in: path) : [path]

        var diagnostics: [Diagnostic] = []
        var documents: [(path: String, root: YAMLNode, source: SourceFile)] = []
        var contents: [(String, [UInt8])] = []
        for file in files {
            switch read(file) {
            case .success(let (root, source, bytes)):
                documents.append((file, root, source))
                contents.append((file, bytes))
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        let headers = documents.filter { $0.root["policy"] != nil }
        guard let headerDocument = headers.first else {
            diagnostics.append(Diagnostic(
                code: "policy.header", location: SourceLocation(file: path, line: 1, column: 1),
                message: LocalizedText(vi: "không tìm thấy khóa `policy:` (phần đầu của chính sách)",
                                       en: "no `policy:` header found")))
            return (nil, diagnostics)
        }
        var builder = PolicyBuilder()
        var headerReader = YAMLDocumentReader(source: headerDocument.source)
        let header = builder.header(headerDocument.root["policy"], reader: &headerReader)
        diagnostics += headerReader.diagnostics
        for extra in headers.dropFirst() {
            var reader = YAMLDocumentReader(source: extra.source)
            reader.error(extra.root.entry(forKey: "policy")?.key ?? extra.root, code: "policy.header",
                         vi: "chỉ được có một khóa `policy:`", en: "only one `policy:` header is allowed")
            diagnostics += reader.diagnostics
        }
        guard let header else { return (nil, diagnostics) }

        let schemaPath = (folder as NSString).appendingPathComponent(header.schemaPath)
        let clausesPath = header.clausesPath.map { (folder as NSString).appendingPathComponent($0) }
        let separate = Set([schemaPath, clausesPath].compactMap { $0.map(Self.normalise) })
        for document in documents where !separate.contains(Self.normalise(document.path)) {
            var reader = YAMLDocumentReader(source: document.source)
            builder.merge(document.root, reader: &reader)
            diagnostics += reader.diagnostics
        }
        var schema: Schema?
        switch loadSeparate(schemaPath, into: &contents, documents: documents) {
        case .success(let (root, source)):
            var reader = YAMLDocumentReader(source: source)
            schema = SchemaLoader.load(root, reader: &reader)
            diagnostics += reader.diagnostics
        case .failure(let failure): diagnostics += failure.diagnostics
        }
        var clauses: [String: LocalizedText]?
        if let clausesPath {
            switch loadSeparate(clausesPath, into: &contents, documents: documents) {
            case .success(let (root, source)):
                var reader = YAMLDocumentReader(source: source)
                clauses = ClauseIndexLoader.load(root, reader: &reader)
                diagnostics += reader.diagnostics
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        guard let schema else { return (nil, diagnostics) }
        let policy = Policy(
            header: header, parameters: builder.parameters, lists: builder.lists, facts: builder.facts,
            rules: builder.rules, schema: schema, clauses: clauses, digest: Self.digest(contents, folder: folder))
        return (policy, diagnostics)
    }

    private func read(_ path: String) -> Result<(YAMLNode, SourceFile, [UInt8]), YAMLFailure> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(YAMLFailure(Self.fileError(path, missing: false)))
        }
        let bytes = [UInt8](data)
        return yamlReader.source(fromUTF8: bytes, path: path).flatMap { source in
            yamlReader.parseSingle(source).map { ($0, source, bytes) }
        }
    }

    private func loadSeparate(
        _ path: String, into contents: inout [(String, [UInt8])],
        documents: [(path: String, root: YAMLNode, source: SourceFile)]
    ) -> Result<(YAMLNode, SourceFile), YAMLFailure> {
        if let document = documents.first(where: { Self.normalise($0.path) == Self.normalise(path) }) {
            return .success((document.root, document.source))
        }
        return read(path).map { root, source, bytes in
            contents.append((path, bytes))
            return (root, source)
        }
    }

    static func fileError(_ path: String, missing: Bool) -> Diagnostic {
        Diagnostic(
            code: "policy.file", location: SourceLocation(file: path, line: 1, column: 1),
            message: missing
                ? LocalizedText(vi: "không tìm thấy `\(path)`", en: "`\(path)` does not exist")
                : LocalizedText(vi: "không đọc được `\(path)`", en: "cannot read `\(path)`"))
    }

    static func normalise(_ path: String) -> String { (path as NSString).standardizingPath }

    /// Every `.yaml`/`.yml` file under `folder`, except those under a `tests` folder, sorted.
    static func yamlFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let components = relative.split(separator: "/")
            if components.contains("tests") { continue }
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                files.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// `sha256:` and the hex digest of every file's path (relative to the folder) and content.
    static func digest(_ contents: [(String, [UInt8])], folder: String) -> String {
        var hasher = SHA256()
        let prefix = normalise(folder) + "/"
        for (path, bytes) in contents.sorted(by: { $0.0 < $1.0 }) {
            let normalised = normalise(path)
            let relative = normalised.hasPrefix(prefix) ? String(normalised.dropFirst(prefix.count)) : normalised
            hasher.update(data: Array(relative.utf8) + [0])
            hasher.update(data: bytes)
        }
        return "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// Reads `clauses: {ID: {heading: {vi, en}}}`.
enum ClauseIndexLoader {
    static func load(_ root: YAMLNode, reader: inout YAMLDocumentReader) -> [String: LocalizedText]? {
        guard let node = root["clauses"], let entries = reader.mapping(node, "clauses") else { return nil }
        var clauses: [String: LocalizedText] = [:]
        for entry in entries {
            guard let id = entry.key.scalarValue else { continue }
            let heading = entry.value["heading"].flatMap { reader.localized($0, "\(id).heading") }
            clauses[id] = heading ?? LocalizedText(verbatim: id)
        }
        return clauses
    }
}
