public import Diagnostics

/// Reads YAML text into ``YAMLNode`` trees with libyaml, within ``YAMLLimits``.
///
/// Every failure is a ``YAMLFailure`` whose diagnostics carry a location (1-based line, 1-based
/// column in Unicode scalars) and the offending line.
public struct YAMLReader: Sendable {
    /// The bounds on the input.
    public var limits: YAMLLimits

    /// Creates a reader with limits.
    public init(limits: YAMLLimits = YAMLLimits()) {
        self.limits = limits
    }

    /// The documents of a YAML stream, in order; an empty stream has none.
    public func parse(_ source: SourceFile) -> Result<[YAMLNode], YAMLFailure> {
        parseDocuments(source).map { $0.map(\.node) }
    }

    /// The single document of a YAML stream; an empty stream reads as an empty (null) scalar.
    public func parseSingle(_ source: SourceFile) -> Result<YAMLNode, YAMLFailure> {
        parseDocuments(source).flatMap { documents in
            if documents.count > 1 {
                return .failure(
                    YAMLFailure(
                        YAMLMessages.multipleDocuments(
                            count: documents.count, source: source, offset: documents[1].offset)))
            }
            let empty = YAMLNode(.scalar("", .plain), location: source.location(ofUTF8Offset: 0))
            return .success(documents.first?.node ?? empty)
        }
    }

    /// Checks that bytes are UTF-8 text within the size limit and makes a source of them.
    public func source(fromUTF8 bytes: [UInt8], path: String?) -> Result<SourceFile, YAMLFailure> {
        guard bytes.count <= limits.maxInputBytes else {
            return .failure(
                YAMLFailure(YAMLMessages.inputTooLarge(size: bytes.count, limit: limits.maxInputBytes, path: path)))
        }
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar):
                offset += scalar.count
            case .emptyInput:
                return .success(SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)))
            case .error:
                return .failure(YAMLFailure(Self.invalidUTF8(bytes, at: offset, path: path)))
            }
        }
    }

    private func parseDocuments(_ source: SourceFile) -> Result<[(node: YAMLNode, offset: Int)], YAMLFailure> {
        let size = source.text.utf8.count
        guard size <= limits.maxInputBytes else {
            return .failure(
                YAMLFailure(YAMLMessages.inputTooLarge(size: size, limit: limits.maxInputBytes, path: source.path)))
        }
        var builder = YAMLTreeBuilder(source: source, limits: limits)
        return builder.build()
    }

    /// The diagnostic for the first byte that is not UTF-8, located with the text before it.
    private static func invalidUTF8(_ bytes: [UInt8], at offset: Int, path: String?) -> Diagnostic {
        let valid = SourceFile(path: path, text: String(decoding: bytes.prefix(offset), as: UTF8.self))
        let location = valid.location(ofUTF8Offset: offset)
        let lineStart = bytes.prefix(offset).lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        return YAMLMessages.invalidUTF8(location: location, sourceLine: line)
    }
}
