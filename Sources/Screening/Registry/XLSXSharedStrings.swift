import Diagnostics

/// The shared-string table of a workbook (`xl/sharedStrings.xml`), held in memory: the text of
/// each entry, rich-text runs concatenated and phonetic runs left out.
struct XLSXSharedStrings {
    private var strings: [String] = []
    /// Problems met while reading an entry, by index, so that the rows using it report them.
    private var problems: [Int: LocalizedText] = [:]

    /// An empty table, for a workbook without shared strings.
    init() {}

    /// Parses the XML of a shared-string part.
    init(xml: [UInt8]) {
        var scanner = XLSXXMLScanner(XLSXByteStream(bytes: xml))
        var current: String?
        var phoneticDepth = 0
        while let tag = scanner.nextTag() {
            switch (tag.kind, tag.name) {
            case (.start, "si"):
                if let current { append(current, problem: XLSXMessages.badMarkup) }
                current = ""
                phoneticDepth = 0
            case (.empty, "si"):
                append("", problem: scanner.takeProblem())
            case (.start, "t") where phoneticDepth == 0:
                current = (current ?? "") + scanner.readText()
            case (.start, "rPh"):
                phoneticDepth += 1
            case (.end, "rPh"):
                phoneticDepth = max(0, phoneticDepth - 1)
            case (.end, "si"):
                append(current ?? "", problem: scanner.takeProblem())
                current = nil
            default:
                continue
            }
        }
        if let current { append(current, problem: scanner.takeProblem() ?? XLSXMessages.unexpectedEnd) }
    }

    /// The text of entry `index` and the problem met while reading it, or nil when there is no
    /// such entry.
    func entry(_ index: Int) -> (text: String, problem: LocalizedText?)? {
        guard strings.indices.contains(index) else { return nil }
        return (strings[index], problems[index])
    }

    private mutating func append(_ text: String, problem: LocalizedText?) {
        if let problem { problems[strings.count] = problem }
        strings.append(XLSXText.unescapeExcel(text))
    }
}
