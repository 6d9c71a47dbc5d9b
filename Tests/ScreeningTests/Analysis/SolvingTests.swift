import CEL
import CELSyntax
import Testing

@testable import Screening

/// Comparisons of arithmetic on one field, the other fields fixed at a record's values, solved
/// into atoms on the field (`FormulaBuilder.solved`).
@Suite struct SolvingTests {
    /// An expression, the field solved for, and the atoms expected in order (empty: left opaque).
    static let cases: [(String, String, [FieldTest])] = [
        ("project.capital_billion_vnd / project.land_area_ha < 10.0", "capital_billion_vnd", [.less(300)]),
        ("project.capital_billion_vnd / project.land_area_ha < 10.0", "land_area_ha",
         [.greater(0), .greater(3), .less(0), .less(3)]),
        ("-12.0 / project.land_area_ha >= 4.0", "land_area_ha", [.greater(0), .lessOrEqual(-3), .less(0), .greaterOrEqual(-3)]),
        ("1.0 / (1.0 / project.energy_intensity) > 2.0", "energy_intensity",
         [.greater(0), .less(0), .greater(0), .greater(2), .less(0), .less(2), .greater(0), .less(0), .greater(0), .less(2), .less(0), .greater(2)]),
        ("30.0 / project.energy_intensity == 3.0", "energy_intensity", []),
        ("100.0 - project.capital_billion_vnd * 2.0 >= 40.0", "capital_billion_vnd", [.lessOrEqual(30)]),
        ("project.capital_billion_vnd * -2.0 > 10.0", "capital_billion_vnd", [.less(-5)]),
        ("2.0 + project.energy_intensity > project.annual_energy_toe", "energy_intensity", [.greater(1198)]),
        ("project.energy_intensity / 0.0 > 1.0", "energy_intensity", []),
        ("project.energy_intensity * project.energy_intensity > 4.0", "energy_intensity", []),
        ("project.labour / 2 > 10", "labour", []),
    ]

    @Test(arguments: cases.indices)
    func solved(_ index: Int) throws {
        let (text, field, expected) = Self.cases[index]
        let policy = try #require(PolicyCaseTests.compiled)
        var record = ProjectRecord(schema: policy.schema, origin: "test")
        for (name, value) in [("land_area_ha", Value.double(30)), ("capital_billion_vnd", .double(30)), ("annual_energy_toe", .double(1200)), ("labour", .int(40))] {
            record.values[try #require(policy.schema.index[name])] = value
        }
        let program = try policy.environment.compile(text).get()
        let formula = FormulaBuilder(policy: policy, fixing: record, except: field).formula(program.parsed.root)
        if expected.isEmpty {
            #expect(formula.opaqueFields.contains(field), "\(text)")
        } else {
            let atoms = formula.atoms
            #expect(atoms.allSatisfy { $0.0 == .field(field) } && atoms.map(\.1) == expected, "\(text): \(atoms)")
        }
    }
}
