/// One libyaml event, copied out of C memory into Swift values.
///
/// Positions are libyaml's character indexes (0-based, counted in Unicode scalars); the
/// reader turns them into UTF-8 offsets with ``SourceIndex``.
struct LibYAMLEvent {
    /// What the event is, with its payload.
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(value: String, style: YAMLScalarStyle, properties: Properties)
        case sequenceStart(isFlow: Bool, properties: Properties)
        case sequenceEnd
        case mappingStart(isFlow: Bool, properties: Properties)
        case mappingEnd
    }

    /// The anchor and tag written before a node, if any.
    struct Properties {
        var anchor: String?
        var tag: String?
    }

    var kind: Kind
    /// The character index at which the event starts (its properties included).
    var startIndex: Int
    /// The character index just after the event.
    var endIndex: Int
}

/// A failure reported by libyaml.
struct LibYAMLProblem: Error {
    /// Which stage of libyaml failed.
    enum Stage {
        /// Decoding the input (invalid or forbidden characters); the position is a byte offset.
        case reader
        /// Tokenizing or parsing; the position is a character index.
        case syntax
        /// libyaml could not allocate memory.
        case memory
    }

    var stage: Stage
    /// libyaml's description, in English.
    var problem: String
    /// Where the problem is: a byte offset for ``Stage/reader``, a character index otherwise.
    var position: Int
    /// What libyaml was doing, such as "while parsing a block mapping".
    var context: String?
    /// The character index at which the context starts.
    var contextIndex: Int?
}
