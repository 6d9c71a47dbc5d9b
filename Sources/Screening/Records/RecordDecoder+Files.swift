import Diagnostics
import Foundation
import YAML

/// Reading project files: a `.yaml`, `.yml` or `.json` file holds one project mapping, or a
/// sequence of them. JSON is read by the YAML parser, as the flow syntax of YAML 1.2.
extension RecordDecoder {
    /// The file extensions read, lowercased.
    public static let fileExtensions = ["yaml", "yml", "json"]

    /// The projects of the file at `path`, or every problem found in any of them.
    ///
    /// A file holding one mapping gives one record whose origin is the path; a sequence gives
    /// one record per element, whose origin is `path#n` (n counted from 1).
    public func readProjects(atPath path: String) -> Result<[ProjectRecord], RecordFailure> {
        readSource(atPath: path).flatMap { source in
            yamlReader.parseSingle(source)
                .mapError { RecordFailure(diagnostics: $0.diagnostics) }
                .flatMap { root in
                    let results = projects(in: root, source: source, origin: path)
                    let diagnostics = results.flatMap { result -> [Diagnostic] in
                        guard case .failure(let failure) = result else { return [] }
                        return failure.diagnostics
                    }
                    guard diagnostics.isEmpty else { return .failure(RecordFailure(diagnostics: diagnostics)) }
                    return .success(results.compactMap { try? $0.get() })
                }
        }
    }

    /// One result per project of a document, so that a registry keeps its valid records: the
    /// root mapping, or each element of a root sequence (origin `origin#n`, n from 1).
    public func projects(in root: YAMLNode, source: SourceFile, origin: String) -> [Result<ProjectRecord, RecordFailure>] {
        guard let elements = root.sequenceElements else {
            return [record(from: root, source: source, origin: origin)]
        }
        return elements.enumerated().map { index, element in
            record(from: element, source: source, origin: "\(origin)#\(index + 1)")
        }
    }

    /// The UTF-8 text of a file, within the size limit.
    private func readSource(atPath path: String) -> Result<SourceFile, RecordFailure> {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        guard Self.fileExtensions.contains(fileExtension) else {
            return failure(
                path, vi: "không đọc được tệp `\(path)`: chỉ nhận tệp .yaml, .yml hoặc .json",
                en: "cannot read `\(path)`: only .yaml, .yml and .json files are read")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure(path, vi: "không tìm thấy tệp `\(path)`", en: "`\(path)` does not exist")
        }
        guard !isDirectory.boolValue else {
            return failure(path, vi: "`\(path)` là một thư mục, không phải tệp", en: "`\(path)` is a folder, not a file")
        }
        let limit = yamlReader.limits.maxInputBytes
        let unreadable = failure(path, vi: "không đọc được tệp `\(path)`", en: "cannot read `\(path)`")
        guard let handle = FileHandle(forReadingAtPath: path) else { return unreadable }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit < Int.max ? limit + 1 : limit) ?? Data()
        } catch {
            return unreadable
        }
        guard data.count <= limit else {
            return failure(
                path, vi: "tệp `\(path)` lớn hơn giới hạn \(limit) byte",
                en: "`\(path)` is larger than the limit of \(limit) bytes")
        }
        return yamlReader.source(fromUTF8: [UInt8](data), path: path)
            .mapError { RecordFailure(diagnostics: $0.diagnostics) }
    }

    private func failure(_ path: String, vi: String, en: String) -> Result<SourceFile, RecordFailure> {
        .failure(
            RecordFailure(diagnostics: [
                Diagnostic(
                    code: "record.file", location: SourceLocation(file: path, line: 1, column: 1),
                    message: LocalizedText(vi: vi, en: en))
            ]))
    }
}
