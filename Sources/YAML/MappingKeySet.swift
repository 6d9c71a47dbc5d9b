/// The keys of one mapping under construction, for finding duplicates.
///
/// Scalar keys are compared by their core-schema value, so `a` and `"a"`, or `1` and `0x1`,
/// are the same key; collection keys are compared structurally.
struct MappingKeySet {
    /// The value of a scalar key as YAML understands it.
    private enum Identity: Hashable {
        case null
        case bool(Bool)
        case int(Int)
        case float(UInt64)
        case text(type: YAMLScalarType, value: String)
        case tagged(tag: String, value: String)
    }

    private var scalars: [Identity: Int] = [:]
    private var collections: [(key: YAMLNode, offset: Int)] = []

    /// Records a key written at `offset`; returns the offset of an equal key recorded before.
    mutating func insert(_ key: YAMLNode, offset: Int) -> Int? {
        guard case let .scalar(value, style) = key.content else {
            if let earlier = collections.first(where: { $0.key == key }) { return earlier.offset }
            collections.append((key, offset))
            return nil
        }
        let identity = Self.identity(value: value, style: style, tag: key.tag)
        if let earlier = scalars[identity] { return earlier }
        scalars[identity] = offset
        return nil
    }

    private static func identity(value: String, style: YAMLScalarStyle, tag: String?) -> Identity {
        let type = YAMLCoreSchema.type(of: value, style: style, tag: tag)
        if let tag, !tag.hasPrefix("tag:yaml.org,2002:"), tag != "!" {
            return .tagged(tag: tag, value: value)
        }
        switch type {
        case .null:
            return .null
        case .bool:
            return YAMLCoreSchema.bool(value).map(Identity.bool) ?? .text(type: type, value: value)
        case .int:
            return YAMLCoreSchema.int(value).map(Identity.int) ?? .text(type: type, value: value)
        case .float:
            guard let number = YAMLCoreSchema.double(value), !number.isNaN else {
                return .text(type: type, value: value)
            }
            return .float((number == 0 ? 0 : number).bitPattern)
        case .string:
            return .text(type: .string, value: value)
        }
    }
}
