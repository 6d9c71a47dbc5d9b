import Diagnostics
import Foundation

/// A policy named on the command line: a folder or a file as it is, or `git:REV:PATH` for the
/// policy as it was at a commit, extracted with `git archive` into a temporary folder.
struct PolicySnapshot {
    /// The path to load the policy from.
    let path: String
    /// The temporary folder to remove afterwards, for a `git:` policy.
    let temporary: URL?

    /// Resolves `argument`; for `git:REV:PATH`, runs `git archive REV -- PATH` in the current
    /// folder and extracts it, throwing a diagnostic that quotes git's error when it fails.
    init(_ argument: String) throws(Diagnostic) {
        guard argument.hasPrefix("git:") else {
            path = argument
            temporary = nil
            return
        }
        let rest = argument.dropFirst("git:".count)
        guard let colon = rest.firstIndex(of: ":"), colon != rest.startIndex, rest.index(after: colon) != rest.endIndex,
            !rest.hasPrefix("-")
        else {
            throw Self.failure(argument, LocalizedText(vi: "cần dạng git:REV:PATH", en: "expected git:REV:PATH"))
        }
        let revision = String(rest[..<colon])
        let relative = String(rest[rest.index(after: colon)...])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screener-diff-\(UUID().uuidString)")
        let archive = folder.appendingPathComponent("policy.tar")
        let tree = folder.appendingPathComponent("tree")
        do {
            try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        } catch {
            throw Self.failure(argument, LocalizedText(verbatim: error.localizedDescription))
        }
        let steps = [
            ["git", "archive", "--format=tar", "-o", archive.path, revision, "--", relative],
            ["tar", "-xf", archive.path, "-C", tree.path],
        ]
        for step in steps {
            if let problem = Self.run(step) {
                try? FileManager.default.removeItem(at: folder)
                throw Self.failure(argument, LocalizedText(verbatim: problem))
            }
        }
        path = tree.appendingPathComponent(relative).path
        temporary = folder
    }

    /// Removes the temporary folder, if any.
    func remove() {
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }

    /// Runs a command found on `PATH`; its standard error (or its status) when it fails.
    private static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "\(arguments[0]): \(error.localizedDescription)"
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return nil }
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "\(arguments[0]) exited with status \(process.terminationStatus)" : trimmed
    }

    /// The error for a policy argument that cannot be resolved.
    private static func failure(_ argument: String, _ detail: LocalizedText) -> Diagnostic {
        Diagnostic(code: "diff.policy", location: nil,
                   message: LocalizedText(vi: "không lấy được chính sách `\(argument)`: \(detail.vi)",
                                          en: "cannot get the policy `\(argument)`: \(detail.en)"))
    }
}
