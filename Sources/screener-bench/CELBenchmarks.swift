import CEL
import Foundation

/// Nanoseconds per evaluation of typical rule expressions over a slot-backed record, one core.
enum CELBenchmarks {
    static func run() {
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

        let cases: [(String, String)] = [
            ("conjunction of two comparisons", "project.annual_energy_toe >= 1000.0 && project.energy_intensity > 10.0"),
            ("exists over 10 prefixes", "lists.codes.exists(c, project.vsic.startsWith(c))"),
            ("in over 20 strings", "project.district in lists.districts"),
        ]
        for (name, text) in cases {
            let program = compile(text)
            activation.reserve(slotCount: program.slotCount)
            let (ns, value) = Measure.nanoseconds { program.evaluate(activation) }
            Measure.report(name, ns, unit: "ns/eval", detail: value.debugText)
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
        let (templateNs, _) = Measure.nanoseconds { Value.string(template.render(activation)) }
        Measure.report("message of three values", templateNs, unit: "ns/eval", detail: template.render(activation))

    }
}
