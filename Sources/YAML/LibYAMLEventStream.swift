internal import CLibYAML

/// The libyaml event parser over one input: owns the C parser, the current event and a copy of
/// the input, and frees them when it goes away.
final class LibYAMLEventStream {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let initialized: Bool
    private var finished = false

    /// Prepares to parse `bytes`, which must be UTF-8.
    init(bytes: some Collection<UInt8>) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        input = .allocate(capacity: max(1, bytes.count))
        _ = input.initialize(fromContentsOf: bytes)
        initialized = yaml_parser_initialize(parser) != 0
        if initialized, let base = input.baseAddress {
            // An explicit encoding makes libyaml's character indexes start at the first byte.
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, base, bytes.count)
        }
    }

    deinit {
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
        input.deallocate()
    }

    /// The next event, or the problem that stopped the parser.
    func next() -> Result<LibYAMLEvent, LibYAMLProblem> {
        guard initialized, !finished else {
            return .failure(LibYAMLProblem(stage: .memory, problem: "parser unavailable", position: 0))
        }
        guard yaml_parser_parse(parser, event) != 0 else {
            finished = true
            return .failure(currentProblem())
        }
        defer { yaml_event_delete(event) }
        let converted = LibYAMLEvent(
            kind: kind(of: event.pointee),
            startIndex: Int(clamping: event.pointee.start_mark.index),
            endIndex: Int(clamping: event.pointee.end_mark.index))
        if case .streamEnd = converted.kind { finished = true }
        return .success(converted)
    }

    private func kind(of event: yaml_event_t) -> LibYAMLEvent.Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            }
            return .scalar(
                value: value ?? "", style: Self.style(scalar.style),
                properties: .init(anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag)))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .sequenceStart(
                isFlow: start.style == YAML_FLOW_SEQUENCE_STYLE,
                properties: .init(anchor: Self.string(start.anchor), tag: Self.string(start.tag)))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .mappingStart(
                isFlow: start.style == YAML_FLOW_MAPPING_STYLE,
                properties: .init(anchor: Self.string(start.anchor), tag: Self.string(start.tag)))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            return .streamEnd
        }
    }

    private func currentProblem() -> LibYAMLProblem {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return LibYAMLProblem(stage: .memory, problem: problem, position: 0)
        case YAML_READER_ERROR:
            return LibYAMLProblem(
                stage: .reader, problem: problem, position: Int(clamping: state.problem_offset))
        default:
            return LibYAMLProblem(
                stage: .syntax, problem: problem, position: Int(clamping: state.problem_mark.index),
                context: state.context.map { String(cString: $0) },
                contextIndex: state.context == nil ? nil : Int(clamping: state.context_mark.index))
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
