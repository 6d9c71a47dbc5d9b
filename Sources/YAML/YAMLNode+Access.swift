extension YAMLNode {
    /// The decoded text of a scalar, whatever its type; `nil` for a collection.
    public var scalarValue: String? {
        guard case let .scalar(value, _) = content else { return nil }
        return value
    }

    /// The style of a scalar; `nil` for a collection.
    public var scalarStyle: YAMLScalarStyle? {
        guard case let .scalar(_, style) = content else { return nil }
        return style
    }

    /// The entries of a mapping in source order; `nil` for other nodes.
    public var mappingEntries: [(key: YAMLNode, value: YAMLNode)]? {
        guard case let .mapping(entries) = content else { return nil }
        return entries
    }

    /// The elements of a sequence; `nil` for other nodes.
    public var sequenceElements: [YAMLNode]? {
        guard case let .sequence(items) = content else { return nil }
        return items
    }

    /// The value of the first mapping entry whose key is a scalar with this text, any style.
    public subscript(key: String) -> YAMLNode? {
        entry(forKey: key)?.value
    }

    /// The first mapping entry whose key is a scalar with this text, for pointing at the key.
    public func entry(forKey key: String) -> (key: YAMLNode, value: YAMLNode)? {
        mappingEntries?.first { $0.key.scalarValue == key }
    }

    /// The core-schema type of a scalar: plain scalars are resolved from their text, quoted and
    /// block scalars are strings, standard tags (`!!str`, `!!int`, …) win; `nil` for a collection.
    public var scalarType: YAMLScalarType? {
        guard case let .scalar(value, style) = content else { return nil }
        return YAMLCoreSchema.type(of: value, style: style, tag: tag)
    }

    /// Whether the node is a null scalar (`null`, `~`, or nothing after `key:`).
    public var isNull: Bool {
        scalarType == .null
    }

    /// The value of a boolean scalar (`true`, `False`, …); `nil` otherwise.
    public var bool: Bool? {
        guard scalarType == .bool, let scalarValue else { return nil }
        return YAMLCoreSchema.bool(scalarValue)
    }

    /// The value of an integer scalar (`42`, `-7`, `0o17`, `0xFF`); `nil` otherwise or when it
    /// does not fit in `Int`.
    public var int: Int? {
        guard scalarType == .int, let scalarValue else { return nil }
        return YAMLCoreSchema.int(scalarValue)
    }

    /// The value of a float or integer scalar (`1.5`, `1e3`, `.inf`, `.nan`, `42`); `nil` otherwise.
    public var double: Double? {
        guard scalarType == .float || scalarType == .int, let scalarValue else { return nil }
        return YAMLCoreSchema.double(scalarValue)
    }

    /// The text of a scalar that resolves to a string; `nil` for other scalars and collections.
    public var string: String? {
        scalarType == .string ? scalarValue : nil
    }
}
