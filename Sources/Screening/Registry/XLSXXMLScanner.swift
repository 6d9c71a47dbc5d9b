import Diagnostics

/// A small pull scanner for the XML of workbook parts.
///
/// It returns tags with their attributes and, when asked, the character data up to the next
/// tag, with entities and CDATA decoded and line ends normalised. It never traps: markup it
/// cannot read is skipped, and the first problem since the last `takeProblem()` is kept.
/// Names are local names: a namespace prefix (`x:row`, `r:id`) is dropped.
struct XLSXXMLScanner {
    /// A start, end or empty-element tag.
    struct Tag {
        /// Whether the tag opens, closes, or is an element without content.
        enum Kind { case start, end, empty }

        var kind: Kind
        var name: String
        var attributes: [(name: String, value: String)]

        /// The value of the attribute whose local name is `name`.
        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }

        /// Whether this tag opens an element named `name` (with or without content).
        func opens(_ name: String) -> Bool { kind != .end && self.name == name }

        /// Whether this tag closes an element named `name`.
        func closes(_ name: String) -> Bool { kind == .end && self.name == name }
    }

    private var stream: XLSXByteStream
    /// The `<` of the next markup was consumed by `readText()`.
    private var openPending = false
    private var scratch: [UInt8] = []
    private var problem: LocalizedText?
    private var readFailureReported = false

    /// A scanner over the bytes of one part.
    init(_ stream: XLSXByteStream) {
        self.stream = stream
    }

    /// The first problem found since the last call, and forgets it.
    mutating func takeProblem() -> LocalizedText? {
        if stream.readFailed, !readFailureReported {
            readFailureReported = true
            report(XLSXMessages.readFailed)
        }
        defer { problem = nil }
        return problem
    }

    /// The next tag, skipping text, comments, processing instructions and declarations; nil at
    /// the end of the part.
    mutating func nextTag() -> Tag? {
        while true {
            if openPending {
                openPending = false
            } else if !stream.skip(past: Byte.lt) {
                return nil
            }
            guard let first = stream.peek() else {
                report(XLSXMessages.unexpectedEnd)
                return nil
            }
            switch first {
            case Byte.slash:
                _ = stream.next()
                if let name = readName() {
                    skipWhitespace()
                    if stream.peek() != Byte.gt { report(XLSXMessages.badMarkup) }
                    _ = stream.skip(past: Byte.gt)
                    return Tag(kind: .end, name: name, attributes: [])
                }
                report(XLSXMessages.badMarkup)
                _ = stream.skip(past: Byte.gt)
            case Byte.question:
                skipThrough(Byte.piEnd, keeping: false)
            case Byte.bang:
                _ = stream.next()
                readDeclaration(keepingCDATA: false)
            default:
                if let tag = readStartTag() { return tag }
            }
        }
    }

    /// The character data from here to the next tag, which is left for `nextTag()`: entities
    /// decoded, CDATA sections included, comments and processing instructions skipped.
    mutating func readText() -> String {
        scratch.removeAll(keepingCapacity: true)
        while let byte = stream.next() {
            switch byte {
            case Byte.lt:
                switch stream.peek() {
                case Byte.bang?:
                    _ = stream.next()
                    readDeclaration(keepingCDATA: true)
                case Byte.question?:
                    skipThrough(Byte.piEnd, keeping: false)
                default:
                    openPending = true
                    return makeString()
                }
            case Byte.amp:
                decodeEntity()
            case Byte.cr:
                scratch.append(Byte.lf)
                if stream.peek() == Byte.lf { _ = stream.next() }
            default:
                scratch.append(byte)
            }
        }
        return makeString()
    }

    // MARK: Markup

    /// Reads a start or empty-element tag after its `<`; nil when it is unreadable.
    private mutating func readStartTag() -> Tag? {
        guard let name = readName() else {
            report(XLSXMessages.badMarkup)
            _ = stream.skip(past: Byte.gt)
            return nil
        }
        var attributes: [(name: String, value: String)] = []
        while true {
            skipWhitespace()
            switch stream.peek() {
            case nil:
                report(XLSXMessages.unexpectedEnd)
                return nil
            case Byte.gt?:
                _ = stream.next()
                return Tag(kind: .start, name: name, attributes: attributes)
            case Byte.slash?:
                _ = stream.next()
                if stream.peek() != Byte.gt { report(XLSXMessages.badMarkup) }
                _ = stream.skip(past: Byte.gt)
                return Tag(kind: .empty, name: name, attributes: attributes)
            default:
                guard let attribute = readAttribute() else {
                    report(XLSXMessages.badMarkup)
                    return Tag(kind: skipToTagEnd(), name: name, attributes: attributes)
                }
                attributes.append(attribute)
            }
        }
    }

    /// Reads `name="value"`; nil when it is malformed (the rest of the tag is then unread).
    private mutating func readAttribute() -> (name: String, value: String)? {
        guard let name = readName() else { return nil }
        skipWhitespace()
        guard stream.peek() == Byte.equals else { return nil }
        _ = stream.next()
        skipWhitespace()
        guard let quote = stream.peek(), quote == Byte.quote || quote == Byte.apostrophe else { return nil }
        _ = stream.next()
        scratch.removeAll(keepingCapacity: true)
        while let byte = stream.next() {
            switch byte {
            case quote:
                return (name, makeString())
            case Byte.amp:
                decodeEntity()
            case Byte.cr:
                scratch.append(Byte.space)
                if stream.peek() == Byte.lf { _ = stream.next() }
            case Byte.tab, Byte.lf:
                scratch.append(Byte.space)
            case Byte.lt:
                report(XLSXMessages.badMarkup)
                scratch.append(byte)
            default:
                scratch.append(byte)
            }
        }
        report(XLSXMessages.unexpectedEnd)
        return nil
    }

    /// Reads a name and returns its local part; nil when there is none.
    private mutating func readName() -> String? {
        scratch.removeAll(keepingCapacity: true)
        while let byte = stream.peek(), !Byte.endsName(byte) {
            scratch.append(byte)
            _ = stream.next()
        }
        let local = scratch.lastIndex(of: Byte.colon).map { scratch[($0 + 1)...] } ?? scratch[...]
        guard !local.isEmpty else { return nil }
        return String(decoding: local, as: UTF8.self)
    }

    /// Skips to the `>` that ends a malformed tag; `.empty` when it is preceded by `/`.
    private mutating func skipToTagEnd() -> Tag.Kind {
        var previous: UInt8 = 0
        while let byte = stream.next() {
            if byte == Byte.gt { return previous == Byte.slash ? .empty : .start }
            previous = byte
        }
        return .start
    }

    /// Reads what follows `<!`: a comment (skipped), a CDATA section (its text appended to the
    /// scratch buffer when `keepingCDATA`), or a declaration such as DOCTYPE (skipped).
    private mutating func readDeclaration(keepingCDATA: Bool) {
        if stream.peek() == Byte.dash {
            _ = stream.next()
            guard stream.next() == Byte.dash else {
                report(XLSXMessages.badMarkup)
                _ = stream.skip(past: Byte.gt)
                return
            }
            skipThrough(Byte.commentEnd, keeping: false)
            return
        }
        if stream.peek() == Byte.leftBracket {
            for expected in Byte.cdataStart {
                guard stream.next() == expected else {
                    report(XLSXMessages.badMarkup)
                    _ = stream.skip(past: Byte.gt)
                    return
                }
            }
            skipThrough(Byte.cdataEnd, keeping: keepingCDATA)
            return
        }
        var depth = 0
        while let byte = stream.next() {
            if byte == Byte.leftBracket { depth += 1 }
            if byte == Byte.rightBracket { depth -= 1 }
            if byte == Byte.gt, depth <= 0 { return }
        }
        report(XLSXMessages.unexpectedEnd)
    }

    /// Consumes bytes through `terminator`, appending those before it to the scratch buffer
    /// when `keeping`.
    private mutating func skipThrough(_ terminator: [UInt8], keeping: Bool) {
        var window = [UInt8](repeating: 0, count: terminator.count)
        var seen = 0
        while let byte = stream.next() {
            if keeping { scratch.append(byte) }
            window.removeFirst()
            window.append(byte)
            seen += 1
            if seen >= terminator.count, window == terminator {
                if keeping { scratch.removeLast(terminator.count) }
                return
            }
        }
        report(XLSXMessages.unexpectedEnd)
    }

    private mutating func skipWhitespace() {
        while let byte = stream.peek(), Byte.isWhitespace(byte) { _ = stream.next() }
    }

    // MARK: Text

    /// Decodes an entity or character reference after its `&` into the scratch buffer; an
    /// unknown one is kept as written and reported.
    private mutating func decodeEntity() {
        var name: [UInt8] = []
        while let byte = stream.peek(), name.count < 12, Byte.isEntityByte(byte) {
            name.append(byte)
            _ = stream.next()
        }
        let written = "&" + String(decoding: name, as: UTF8.self)
        guard stream.peek() == Byte.semicolon else {
            report(XLSXMessages.badEntity(written))
            scratch.append(contentsOf: written.utf8)
            return
        }
        _ = stream.next()
        guard let scalar = XLSXText.entity(String(decoding: name, as: UTF8.self)) else {
            report(XLSXMessages.badEntity(written + ";"))
            scratch.append(contentsOf: (written + ";").utf8)
            return
        }
        scratch.append(contentsOf: String(Character(scalar)).utf8)
    }

    /// The scratch buffer as text; invalid UTF-8 is replaced and reported.
    private mutating func makeString() -> String {
        if let text = String(validating: scratch, as: UTF8.self) { return text }
        report(XLSXMessages.badEncoding)
        return String(decoding: scratch, as: UTF8.self)
    }

    private mutating func report(_ message: LocalizedText) {
        if problem == nil { problem = message }
    }
}

/// The bytes that XML markup is made of.
private enum Byte {
    static let tab = UInt8(ascii: "\t")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let bang = UInt8(ascii: "!")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let amp = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let dash = UInt8(ascii: "-")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let lt = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let gt = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let leftBracket = UInt8(ascii: "[")
    static let rightBracket = UInt8(ascii: "]")
    static let piEnd = Array("?>".utf8)
    static let commentEnd = Array("-->".utf8)
    static let cdataStart = Array("[CDATA[".utf8)
    static let cdataEnd = Array("]]>".utf8)

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lf || byte == cr
    }

    /// Whether `byte` ends a name: whitespace or a markup delimiter.
    static func endsName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == slash || byte == gt || byte == equals || byte == lt
            || byte == quote || byte == apostrophe
    }

    /// Whether `byte` can be part of an entity name or a character reference.
    static func isEntityByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == hash
    }
}
