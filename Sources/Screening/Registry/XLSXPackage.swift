import Diagnostics
import Foundation
import ZIPFoundation

/// An opened `.xlsx` file: its ZIP archive, the sheets its workbook lists, and access to parts.
struct XLSXPackage {
    /// A worksheet of the workbook.
    struct Sheet {
        /// The name on the sheet's tab.
        var name: String
        /// The path of the sheet's XML inside the archive.
        var part: String
    }

    /// The path of the file, for diagnostics.
    let path: String
    /// The worksheets, in tab order (chart sheets and dialog sheets left out).
    let sheets: [Sheet]
    private let archive: Archive
    private let sharedStringsPart: String?

    /// Opens the file at `url` and reads its workbook part and that part's relationships.
    init(url: URL) throws(Diagnostic) {
        path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw XLSXMessages.notFound(path) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw XLSXMessages.notZip(path)
        }
        let packageRelationships = try Self.relationships(of: "", in: archive, path: path)
        let workbook = packageRelationships.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookRelationships = try Self.relationships(of: workbook, in: archive, path: path)
        var sheets: [Sheet] = []
        var scanner = XLSXXMLScanner(XLSXByteStream(bytes: try Self.read(workbook, in: archive, path: path)))
        while let tag = scanner.nextTag() {
            guard tag.opens("sheet"), let name = tag.attribute("name"), let id = tag.attribute("id"),
                  let target = workbookRelationships.first(where: { $0.id == id }),
                  target.type.hasSuffix("/worksheet")
            else { continue }
            sheets.append(Sheet(name: name, part: target.target))
        }
        self.sheets = sheets
        sharedStringsPart = workbookRelationships.first { $0.type.hasSuffix("/sharedStrings") }?.target
    }

    /// The first worksheet, or the one named `name` (compared as Excel does, ignoring case).
    func sheet(named name: String?) throws(Diagnostic) -> Sheet {
        guard let name else {
            guard let first = sheets.first else { throw XLSXMessages.noWorksheet(path) }
            return first
        }
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        if let folded = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) { return folded }
        throw XLSXMessages.sheetNotFound(path, name, among: sheets.map(\.name))
    }

    /// The workbook's shared-string table (empty when it has none).
    func sharedStrings() throws(Diagnostic) -> XLSXSharedStrings {
        guard let part = sharedStringsPart, archive[part] != nil else { return XLSXSharedStrings() }
        return XLSXSharedStrings(xml: try Self.read(part, in: archive, path: path))
    }

    /// A handle reading `part` from its start. The part is extracted in chunks to a temporary
    /// file that is unlinked at once, so neither memory nor the disk keeps it after reading.
    func extract(_ part: String) throws(Diagnostic) -> FileHandle {
        guard let entry = archive[part] else { throw XLSXMessages.missingPart(path, part) }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("screener-xlsx-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: scratch.path, contents: nil) else {
            throw XLSXMessages.scratchFile(path, CocoaError(.fileWriteUnknown))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output: FileHandle
        do {
            output = try FileHandle(forWritingTo: scratch)
        } catch {
            throw XLSXMessages.scratchFile(path, error)
        }
        defer { try? output.close() }
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16) { try output.write(contentsOf: $0) }
            return try FileHandle(forReadingFrom: scratch)
        } catch {
            throw XLSXMessages.unreadablePart(path, part, error)
        }
    }

    /// The bytes of a small part (the workbook, relationships, shared strings).
    private static func read(_ part: String, in archive: Archive, path: String) throws(Diagnostic) -> [UInt8] {
        guard let entry = archive[part] else { throw XLSXMessages.missingPart(path, part) }
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16) { bytes.append(contentsOf: $0) }
        } catch {
            throw XLSXMessages.unreadablePart(path, part, error)
        }
        return bytes
    }

    /// The relationships of `part` (of the package when `part` is empty), with targets resolved
    /// to archive paths; none when the part has no relationships file.
    private static func relationships(
        of part: String, in archive: Archive, path: String
    ) throws(Diagnostic) -> [(id: String, type: String, target: String)] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard archive[relsPart] != nil else { return [] }
        var found: [(id: String, type: String, target: String)] = []
        var scanner = XLSXXMLScanner(XLSXByteStream(bytes: try read(relsPart, in: archive, path: path)))
        while let tag = scanner.nextTag() {
            guard tag.opens("Relationship"), tag.attribute("TargetMode") != "External",
                  let id = tag.attribute("Id"), let type = tag.attribute("Type"), let target = tag.attribute("Target")
            else { continue }
            found.append((id, type, resolve(target, from: folder)))
        }
        return found
    }

    /// The archive path of a relationship target, relative to `folder` unless it starts with `/`.
    private static func resolve(_ target: String, from folder: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
