import Diagnostics
import Foundation
import Screening

// registry-gen: writes the sample, large and broken registries of Fixtures/registries.

/// Writes `rows` generated projects to the CSV file and, if asked, to a workbook.
func writeRegistry(_ options: GeneratorOptions) throws {
    var generator = ProjectGenerator(seed: options.seed)
    let csv = try CSVOutput(path: options.output)
    let workbook = try options.workbook.map { path throws(Diagnostic) in
        try XLSXWriter(url: URL(fileURLWithPath: path))
    }
    try workbook?.addSheet(named: "Dự án")
    try csv.writeRow(ProjectGenerator.header)
    try workbook?.appendRow(ProjectGenerator.header.map { .text($0) })
    for index in 0..<options.rows {
        let cells = generator.row(index)
        try csv.writeRow(cells.map(\.text))
        try workbook?.appendRow(cells)
        if options.command == .large, (index + 1) % 100_000 == 0 {
            FileHandle.standardError.write(Data("\(index + 1) rows\n".utf8))
        }
    }
    try csv.close()
    try workbook?.close()
}

/// Writes the broken registry, its `;` variant and the list of expected problems.
func writeBroken(_ options: GeneratorOptions) throws {
    let registry = BrokenRegistry(seed: options.seed)
    let base = options.output.hasSuffix(".csv") ? String(options.output.dropLast(4)) : options.output
    let comma = try CSVOutput(path: options.output)
    let expected = try registry.write(to: comma, separator: ",", lineEnd: "\n")
    try comma.close()
    let semicolon = try CSVOutput(path: base + "-semicolon.csv", separator: ";", lineEnd: "\r\n", bom: true)
    _ = try registry.write(to: semicolon, separator: ";", lineEnd: "\r\n")
    try semicolon.close()
    let text = BrokenRegistry.preamble + expected.joined(separator: "\n") + "\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: base + ".expected.txt"))
}

do {
    let options = try GeneratorOptions(Array(CommandLine.arguments.dropFirst()))
    switch options.command {
    case .sample, .large: try writeRegistry(options)
    case .broken: try writeBroken(options)
    }
} catch let error as OutputError {
    FileHandle.standardError.write(Data("registry-gen: \(error.message)\n".utf8))
    exit(1)
} catch let error as UsageError {
    FileHandle.standardError.write(Data("registry-gen: \(error.message)\n\(GeneratorOptions.usage)\n".utf8))
    exit(2)
} catch let diagnostic as Diagnostic {
    FileHandle.standardError.write(Data((DiagnosticRenderer(language: .en).text(diagnostic) + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("registry-gen: \(error.localizedDescription)\n".utf8))
    exit(1)
}
