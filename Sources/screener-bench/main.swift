import CEL
import Foundation

/// `swift run -c release screener-bench`: nanoseconds per evaluation of typical rule
/// expressions over a slot-backed project record, on one core.

let projectType = ObjectType(name: "project", fields: [
    ("id", .string), ("vsic", .string), ("district", .string), ("name", .string),
    ("annual_energy_toe", .double), ("energy_intensity", .double), ("labour", .int),
])
let codes = ["05", "06", "07", "08", "09", "23942", "23920", "10201", "13", "14"].map { Value.string($0) }
let districts = (1...20).map { Value.string("district-\($0)") }
let lists = Value.map(MapValue(stringEntries: [("codes", .list(codes)), ("districts", .list(districts))]))
let environment = Environment(variables: [
    VariableDecl(name: "project", type: .object(projectType), missingKeysAreUnknown: true),
    VariableDecl(name: "lists", type: .map(.string, .list(.string)), constant: lists),
])

func compile(_ text: String) -> Program {
    switch environment.compile(text) {
    case .success(let program): return program
    case .failure(let failure):
        fatalError("benchmark expression does not compile: \(failure.diagnostics.map(\.message.en))")
    }
}

let record: [String: Value] = [
    "id": .string("KG-1"), "vsic": .string("14100"), "district": .string("district-17"),
    "name": .string("Nhà máy may Kiên Lương"), "annual_energy_toe": .double(1500),
    "energy_intensity": .double(12.5), "labour": .int(800),
]
let activation = environment.activation(["project": .map(MapValue(stringEntries: record.sorted { $0.key < $1.key }))])

/// Runs `body` until about half a second has passed and returns nanoseconds per call.
func measure(_ body: () -> Value) -> (Double, Value) {
    var last = body()
    var iterations = 1_000
    while true {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { last = body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
        if elapsed > 5e8 { return (elapsed / Double(iterations), last) }
        iterations *= 4
    }
}

let cases: [(String, String)] = [
    ("conjunction of two comparisons", "project.annual_energy_toe >= 1000.0 && project.energy_intensity > 10.0"),
    ("exists over 10 prefixes", "lists.codes.exists(c, project.vsic.startsWith(c))"),
    ("in over 20 strings", "project.district in lists.districts"),
]
print("screener-bench: CEL evaluation, one core (\(ProcessInfo.processInfo.activeProcessorCount) cores present)")
for (name, text) in cases {
    let program = compile(text)
    activation.reserve(slotCount: program.slotCount)
    let (ns, value) = measure { program.evaluate(activation) }
    print(String(format: "%-34@ %9.1f ns/eval  -> %@", name as NSString, ns, value.debugText as NSString))
}

let template: MessageTemplate
switch MessageTemplate.compile(
    .init(text: "Dự án {project.name} dùng {project.annual_energy_toe} TOE/năm, cường độ {project.energy_intensity}"),
    in: environment)
{
case .success(let compiled): template = compiled
case .failure(let failure): fatalError("template does not compile: \(failure.diagnostics.map(\.message.en))")
}
activation.reserve(slotCount: template.slotCount)
let (templateNs, _) = measure { .string(template.render(activation)) }
print(String(format: "%-34@ %9.1f ns/eval  -> %@", "message of three values" as NSString, templateNs,
             template.render(activation) as NSString))
