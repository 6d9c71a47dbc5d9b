/// A small registry of deliberately broken rows among good ones, and the list of the problems
/// a reader must report, for the tests of CSV reading and record validation.
struct BrokenRegistry {
    /// One line (or, for a quoted line break, more than one) of the file.
    private enum Entry {
        /// A row of fields, and the problem it holds, if any.
        case row([String], Problem?)
        /// A row whose text is written as it is (an unclosed quote).
        case raw(first: String, quoted: String, rest: [String], Problem)
        case empty
    }

    /// What a reader must report about a row.
    private struct Problem {
        let column: Int
        let field: String
        let kind: String
        let detail: String
    }

    private let header = ProjectGenerator.header
    private var entries: [Entry] = []

    /// The registry, built from good rows drawn with `seed`.
    init(seed: UInt64) {
        var generator = ProjectGenerator(seed: seed)
        var good = (0..<24).map { index in generator.row(index).map(\.text) }
        let duplicated = good[1][0]
        good[3][1] = "Nhà máy chế biến \"Sao Biển\", Tắc Cậu"
        good[5][column("investor")] = "Công ty CP Thủy sản Kiên Giang\nChi nhánh Rạch Giá"
        for (field, value) in [("in_approved_plan", "có"), ("used_equipment", "không"), ("clean_technology", "yes"),
                               ("supporting_industry", "1"), ("high_tech", "0"), ("restricted_technology", "no")] {
            good[4][column(field)] = value
        }
        good[20][column("products")] = "gach_nung;recycled_material"
        entries = [
            .row(good[0], nil),
            .row(good[1], nil),
            broken(good[2], "labour", "nhiều", kind: "type", "`nhiều` is not an integer"),
            .row(good[3], nil),
            broken(good[6], "site", "KCN", kind: "enum", "`KCN` is not a site value (industrial_zone?)"),
            .row(good[4], nil),
            broken(good[7], "capital_billion_vnd", "-150", kind: "range", "`-150` is below the minimum 0"),
            .row(good[5], nil),
            .row(good[8], nil),
            .empty,
            .empty,
            .row(good[9], nil),
            broken(good[10], "id", duplicated, kind: "duplicate", "id `\(duplicated)` is already used at row 3"),
            .row(good[11] + ["thừa"], Problem(
                column: header.count + 1, field: "-", kind: "columns",
                detail: "\(header.count + 1) cells, the header has \(header.count)")),
            .row(Array(good[12].prefix(12)), Problem(
                column: 13, field: header[12], kind: "columns", detail: "12 cells, the header has \(header.count)")),
            broken(good[13], "in_approved_plan", "chưa rõ", kind: "type", "`chưa rõ` is not a boolean"),
            broken(good[14], "foreign_ownership_pct", "150", kind: "range", "`150` is above the maximum 100"),
            broken(good[15], "status", "đang hoạt động", kind: "enum", "`đang hoạt động` is not a status (operating?)"),
            broken(good[16], "id", "", kind: "required", "the id is empty"),
            broken(good[17], "env_group", "V", kind: "enum", "`V` is not an environmental group (I–IV)"),
            .row(good[18], nil),
            broken(good[19], "land_area_ha", "2,5", kind: "type", "`2,5` is not a number (decimal comma)"),
            broken(good[21], "labour", "1200.5", kind: "type", "`1200.5` is not an integer"),
            .row(good[20], nil),
            .row(good[22], nil),
            .raw(first: good[23][0], quoted: good[23][1], rest: Array(good[23].dropFirst(2)), Problem(
                column: 2, field: "name", kind: "quote", detail: "the quote that opens the field is never closed")),
        ]
    }

    /// Writes the registry to `output`, returning the expected problems as lines of
    /// `row<TAB>column<TAB>field<TAB>kind<TAB>detail`, in row order.
    func write(to output: CSVOutput, separator: String, lineEnd: String) throws -> [String] {
        try output.writeRow(header)
        var line = 2
        var expected: [String] = []
        for entry in entries {
            switch entry {
            case .row(let fields, let problem):
                try output.writeRow(fields)
                if let problem { expected.append(Self.describe(problem, row: line)) }
                line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            case .raw(let first, let quoted, let rest, let problem):
                let text = [output.quoted(first), "\"" + quoted] + rest.map(output.quoted)
                try output.writeRaw(text.joined(separator: separator) + lineEnd)
                expected.append(Self.describe(problem, row: line))
                line += 1
            case .empty:
                try output.writeRaw(lineEnd)
                line += 1
            }
        }
        return expected
    }

    /// The header and comments of the expectations file.
    static let preamble = """
        # Problems that reading broken.csv and broken-semicolon.csv must report, one per line.
        # The two files hold the same rows: the second starts with a UTF-8 byte-order mark and
        # uses `;` between fields and CRLF line ends. Written by `registry-gen broken`.
        #
        # row: the line of the file on which the row starts (the header is line 1). The empty
        #   lines count as lines but are not rows and are no error; one good row holds a quoted
        #   line break, so it spans two lines.
        # column: 1-based; for a row with too few or too many cells, the first missing or extra
        #   cell; for an unclosed quote, the field that the quote opens (it runs to the end of
        #   the file).
        # kind: type | enum | range | required | duplicate | columns | quote
        # row\tcolumn\tfield\tkind\tdetail

        """

    private func column(_ field: String) -> Int {
        header.firstIndex(of: field) ?? 0
    }

    private func broken(_ fields: [String], _ field: String, _ value: String, kind: String, _ detail: String) -> Entry {
        var fields = fields
        let index = column(field)
        fields[index] = value
        return .row(fields, Problem(column: index + 1, field: field, kind: kind, detail: detail))
    }

    private static func describe(_ problem: Problem, row: Int) -> String {
        [String(row), String(problem.column), problem.field, problem.kind, problem.detail].joined(separator: "\t")
    }
}
