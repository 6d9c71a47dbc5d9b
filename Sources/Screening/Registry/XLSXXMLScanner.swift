import Diagnostics

/// A small pull scanner for the XML of workbook parts.
///
/// It returns tags with their attributes and, when asked, the character data up to the next
/// tag, with entities and CDATA decoded and line ends normalised. It never traps: markup it
/// cannot read is skipped, and the first problem since the last `takeProblem()` is kept.
/// Names are local names: a namespace prefix (`x:row`, `r:id`) is dropped.
struct XLSXXMLScanner {
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
    mutating func nextTag() -> XLSXTag? {
        while true {
            if openPending {
                openPending = false
            } else if !stream.skip(past: XLSXByte.lt) {
                return nil
            }
            guard let first = stream.peek() else {
                report(XLSXMessages.unexpectedEnd)
                return nil
            }
            switch first {
            case XLSXByte.slash:
                _ = stream.next()
                if let name = readName() {
                    skipWhitespace()
                    if stream.peek() != XLSXByte.gt { report(XLSXMessages.badMarkup) }
                    _ = stream.skip(past: XLSXByte.gt)
                    return XLSXTag(kind: .end, name: name, attributes: [])
                }
                report(XLSXMessages.badMarkup)
                _ = stream.skip(past: XLSXByte.gt)
            case XLSXByte.question:
                skipThrough(XLSXByte.piEnd, keeping: false)
            case XLSXByte.bang:
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
            case XLSXByte.lt:
                switch stream.peek() {
                case XLSXByte.bang?:
                    _ = stream.next()
                    readDeclaration(keepingCDATA: true)
                case XLSXByte.question?:
                    skipThrough(XLSXByte.piEnd, keeping: false)
                default:
                    openPending = true
                    return makeString()
                }
            case XLSXByte.amp:
                decodeEntity()
            case XLSXByte.cr:
                scratch.append(XLSXByte.lf)
                if stream.peek() == XLSXByte.lf { _ = stream.next() }
            default:
                scratch.append(byte)
            }
        }
        return makeString()
    }

    // MARK: Markup

    /// Reads a start or empty-element tag after its `<`; nil when it is unreadable.
    private mutating func readStartTag() -> XLSXTag? {
        guard let name = readName() else {
            report(XLSXMessages.badMarkup)
            _ = stream.skip(past: XLSXByte.gt)
            return nil
        }
        var attributes: [XLSXTag.Attribute] = []
        while true {
            skipWhitespace()
            switch stream.peek() {
            case nil:
                report(XLSXMessages.unexpectedEnd)
                return nil
            case XLSXByte.gt?:
                _ = stream.next()
                return XLSXTag(kind: .start, name: name, attributes: attributes)
            case XLSXByte.slash?:
                _ = stream.next()
                if stream.peek() != XLSXByte.gt { report(XLSXMessages.badMarkup) }
                _ = stream.skip(past: XLSXByte.gt)
                return XLSXTag(kind: .empty, name: name, attributes: attributes)
            default:
                guard let attribute = readAttribute() else {
                    report(XLSXMessages.badMarkup)
                    return XLSXTag(kind: skipToTagEnd(), name: name, attributes: attributes)
                }
                attributes.append(attribute)
            }
        }
    }

    /// Reads `name="value"`; nil when it is malformed (the rest of the tag is then unread).
    private mutating func readAttribute() -> XLSXTag.Attribute? {
        guard let name = readName() else { return nil }
        skipWhitespace()
        guard stream.peek() == XLSXByte.equals else { return nil }
        _ = stream.next()
        skipWhitespace()
        guard let quote = stream.peek(), quote == XLSXByte.quote || quote == XLSXByte.apostrophe else { return nil }
        _ = stream.next()
        scratch.removeAll(keepingCapacity: true)
        while let byte = stream.next() {
            switch byte {
            case quote:
                return XLSXTag.Attribute(name: name, value: makeString())
            case XLSXByte.amp:
                decodeEntity()
            case XLSXByte.cr:
                scratch.append(XLSXByte.space)
                if stream.peek() == XLSXByte.lf { _ = stream.next() }
            case XLSXByte.tab, XLSXByte.lf:
                scratch.append(XLSXByte.space)
            case XLSXByte.lt:
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
        while let byte = stream.peek(), !XLSXByte.endsName(byte) {
            scratch.append(byte)
            _ = stream.next()
        }
        let local = scratch.lastIndex(of: XLSXByte.colon).map { scratch[($0 + 1)...] } ?? scratch[...]
        guard !local.isEmpty else { return nil }
        return String(decoding: local, as: UTF8.self)
    }

    /// Skips to the `>` that ends a malformed tag; `.empty` when it is preceded by `/`.
    private mutating func skipToTagEnd() -> XLSXTag.Kind {
        var previous: UInt8 = 0
        while let byte = stream.next() {
            if byte == XLSXByte.gt { return previous == XLSXByte.slash ? .empty : .start }
            previous = byte
        }
        return .start
    }

    /// Reads what follows `<!`: a comment (skipped), a CDATA section (its text appended to the
    /// scratch buffer when `keepingCDATA`), or a declaration such as DOCTYPE (skipped).
    private mutating func readDeclaration(keepingCDATA: Bool) {
        if stream.peek() == XLSXByte.dash {
            _ = stream.next()
            guard stream.next() == XLSXByte.dash else {
                report(XLSXMessages.badMarkup)
                _ = stream.skip(past: XLSXByte.gt)
                return
            }
            skipThrough(XLSXByte.commentEnd, keeping: false)
            return
        }
        if stream.peek() == XLSXByte.leftBracket {
            for expected in XLSXByte.cdataStart {
                guard stream.next() == expected else {
                    report(XLSXMessages.badMarkup)
                    _ = stream.skip(past: XLSXByte.gt)
                    return
                }
            }
            skipThrough(XLSXByte.cdataEnd, keeping: keepingCDATA)
            return
        }
        var depth = 0
        while let byte = stream.next() {
            if byte == XLSXByte.leftBracket { depth += 1 }
            if byte == XLSXByte.rightBracket { depth -= 1 }
            if byte == XLSXByte.gt, depth <= 0 { return }
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
        while let byte = stream.peek(), XLSXByte.isWhitespace(byte) { _ = stream.next() }
    }

    // MARK: Text

    /// Decodes an entity or character reference after its `&` into the scratch buffer; an
    /// unknown one is kept as written and reported.
    private mutating func decodeEntity() {
        var name: [UInt8] = []
        while let byte = stream.peek(), name.count < 12, XLSXByte.isEntityByte(byte) {
            name.append(byte)
            _ = stream.next()
        }
        let written = "&" + String(decoding: name, as: UTF8.self)
        guard stream.peek() == XLSXByte.semicolon else {
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
        if !XLSXText.isValidUTF8(scratch) { report(XLSXMessages.badEncoding) }
        return String(decoding: scratch, as: UTF8.self)
    }

    private mutating func report(_ message: LocalizedText) {
        if problem == nil { problem = message }
    }
}
