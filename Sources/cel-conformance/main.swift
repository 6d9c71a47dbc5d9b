import CELConformance
import Foundation

/// `cel-conformance [DIR] [--verbose] [--file NAME]...`: runs the CEL conformance corpus and
/// prints, per file, `NAME: P passed, F failed, S skipped`, then the totals.
let arguments = Array(CommandLine.arguments.dropFirst())
let verbose = arguments.contains("--verbose")
var onlyFiles: Set<String> = []
var directory = "../shared/cel-conformance"
var index = 0
while index < arguments.count {
    let argument = arguments[index]
    if argument == "--file", index + 1 < arguments.count {
        onlyFiles.insert(arguments[index + 1])
        index += 1
    } else if !argument.hasPrefix("--") {
        directory = argument
    }
    index += 1
}

let folder = URL(fileURLWithPath: directory)
guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
    FileHandle.standardError.write(Data("cel-conformance: cannot read folder \(folder.path)\n".utf8))
    exit(2)
}
let runner = ConformanceRunner()
var total = ConformanceTally()
for name in names.sorted() where name.hasSuffix(".json") {
    let file = String(name.dropLast(5))
    if !onlyFiles.isEmpty, !onlyFiles.contains(file) { continue }
    let cases: [ConformanceCase]
    do {
        cases = try ConformanceCorpus.load(folder.appendingPathComponent(name))
    } catch {
        print("\(file): cannot read: \(error)")
        continue
    }
    var tally = ConformanceTally()
    for test in cases {
        let outcome = runner.run(test)
        tally.add(outcome)
        total.add(outcome)
        if verbose, case .failed(let reason) = outcome {
            print("  FAIL \(test.key): \(test.expr)\n       \(reason)")
        }
    }
    print("\(file): \(tally.summary)")
}
print(total.summary)
