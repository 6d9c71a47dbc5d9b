import ArgumentParser
import CEL
import CELSyntax
import Diagnostics
import Foundation

/// `screener eval EXPR`: evaluates one CEL expression.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate one CEL expression.",
        discussion: """
            Variables come from --var NAME=JSON and from --project FILE (a JSON object read as \
            the variable `project`; a field it lacks makes the result unknown, naming the field). \
            Exit status: 0, or 2 on a parse, check or evaluation error.
            """
    )

    @Argument(help: "The CEL expression.")
    var expression: String

    @Option(name: .customLong("var"), help: "A variable as NAME=JSON, e.g. --var x=42. Repeatable.")
    var variables: [String] = []

    @Option(help: "A project record (JSON object) bound to the variable `project`.")
    var project: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of messages: vi or en.")
    var lang: Language = .vi

    func run() throws {
        var declarations: [VariableDecl] = []
        var bindings: [String: Value] = [:]
        for assignment in variables {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw ValidationError("--var takes NAME=JSON, got `\(assignment)`")
            }
            let name = String(assignment[..<equals])
            let json = String(assignment[assignment.index(after: equals)...])
            guard let value = try? Value.fromJSON(Data(json.utf8)) else {
                throw ValidationError("--var \(name): `\(json)` is not JSON")
            }
            declarations.append(VariableDecl(name: name, type: .dyn))
            bindings[name] = value
        }
        if let project {
            let value = try readProject(project)
            declarations.append(VariableDecl(name: "project", type: .dyn, missingKeysAreUnknown: true))
            bindings["project"] = value
        }
        let environment = Environment(variables: declarations)
        let renderer = DiagnosticRenderer(language: lang)
        let program: Program
        switch environment.compile(ExpressionSource(text: expression, path: nil)) {
        case .success(let compiled): program = compiled
        case .failure(let failure):
            if format == .json {
                let message = failure.diagnostics.map { renderer.text($0) }.joined(separator: "\n")
                print("{\"error\": \(JSONText.quote(message))}")
            } else {
                StandardError.line(renderer.text(failure.diagnostics))
            }
            throw ExitStatus.badInput
        }
        let result = program.evaluate(environment.activation(bindings, slotCount: program.slotCount))
        print(render(result))
        if case .error = result { throw ExitStatus.badInput }
    }

    private func readProject(_ path: String) throws -> Value {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError(lang == .vi ? "không đọc được tệp `\(path)`" : "cannot read file `\(path)`")
        }
        do {
            return try Value.fromJSON(data)
        } catch {
            throw ValidationError(
                lang == .vi ? "`\(path)` không phải JSON hợp lệ" : "`\(path)` is not valid JSON")
        }
    }

    private func render(_ result: Value) -> String {
        switch (format, result) {
        case (.json, .error(let error)):
            return "{\"error\": \(JSONText.quote(error.message.text(lang)))}"
        case (.json, .unknown(let unknown)):
            return "{\"unknown\": [" + unknown.attributes.map(JSONText.quote).joined(separator: ", ") + "]}"
        case (.json, _):
            return "{\"value\": \(result.jsonText), \"type\": \(JSONText.quote(result.type.runtimeName))}"
        case (.text, .error(let error)):
            return (lang == .vi ? "lỗi: " : "error: ") + error.message.text(lang)
        case (.text, .unknown(let unknown)):
            let fields = unknown.attributes.joined(separator: ", ")
            return lang == .vi ? "chưa xác định: thiếu \(fields)" : "unknown: missing \(fields)"
        case (.text, _):
            return "\(result.debugText) (\(result.type.runtimeName))"
        }
    }
}

/// How results are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension Language: ExpressibleByArgument {}
