import CELSyntax
import Diagnostics

/// A message with `{expression}` holes, compiled once and rendered per evaluation.
///
/// `{{` and `}}` stand for literal braces. Each hole is a CEL expression compiled against the
/// environment; its value is shown as ``ValueFormat/display(_:)`` writes it.
public struct MessageTemplate: Sendable {
    /// A literal piece of text or a compiled hole.
    public enum Part: Sendable {
        /// Text shown as it is.
        case text(String)
        /// An expression whose value is shown, with its source text.
        case hole(Program, source: String)
    }

    /// The template's pieces, in order.
    public let parts: [Part]
    /// Bytes to reserve for a rendering: the literal text and a few per hole.
    let expectedSize: Int

    init(parts: [Part]) {
        self.parts = parts
        expectedSize = parts.reduce(0) { size, part in
            if case .text(let text) = part { return size + text.utf8.count }
            return size + 12
        }
    }

    /// The number of slots the holes need.
    public var slotCount: Int {
        parts.reduce(0) { count, part in
            if case .hole(let program, _) = part { return max(count, program.slotCount) }
            return count
        }
    }

    /// The holes' compiled expressions, in order.
    public var holes: [Program] {
        parts.compactMap { if case .hole(let program, _) = $0 { return program } else { return nil } }
    }

    /// Compiles a template whose text is `source` (which may sit inside a larger file).
    public static func compile(_ source: ExpressionSource, in environment: Environment)
        -> Result<MessageTemplate, CompileFailure>
    {
        var parts: [Part] = []
        var diagnostics: [Diagnostic] = []
        let bytes = Array(source.text.utf8)
        var literal: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}"), next == byte {
                literal.append(byte)
                index += 2
                continue
            }
            guard byte == UInt8(ascii: "{") else {
                literal.append(byte)
                index += 1
                continue
            }
            guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                diagnostics.append(source.diagnostic(
                    code: "template.unclosed", offset: index,
                    message: LocalizedText(vi: "thiếu `}` đóng biểu thức", en: "unclosed `{` in message")))
                break
            }
            if !literal.isEmpty { parts.append(.text(String(decoding: literal, as: UTF8.self))) }
            literal = []
            let text = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            let offsets = ((index + 1)...close).map { source.fileOffset($0) }
            let hole = ExpressionSource(text: text, file: source.file, fileOffsets: offsets)
            switch environment.compile(hole) {
            case .success(let program): parts.append(.hole(program, source: text))
            case .failure(let failure): diagnostics += failure.diagnostics
            }
            index = close + 1
        }
        if !literal.isEmpty { parts.append(.text(String(decoding: literal, as: UTF8.self))) }
        guard diagnostics.isEmpty else { return .failure(CompileFailure(diagnostics: diagnostics)) }
        return .success(MessageTemplate(parts: parts))
    }

    /// Renders the message over an activation, numbers written the way `language` writes them
    /// (plain when nil); a hole that fails shows `?` (or its unknowns).
    public func render(_ activation: Activation, language: Language? = nil) -> String {
        var out = ""
        out.reserveCapacity(expectedSize)
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .hole(let program, _): out += ValueFormat.display(program.evaluate(activation), language: language)
            }
        }
        return out
    }
}
