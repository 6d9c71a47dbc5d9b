/// The command line of `registry-gen`.
struct GeneratorOptions {
    /// What to write.
    enum Command: String {
        /// A realistic registry (1,000 rows unless `--rows`).
        case sample
        /// A large registry for benchmarks (1,000,000 rows unless `--rows`), with progress.
        case large
        /// A small registry of broken rows, its `;` variant and the expected problems.
        case broken
    }

    static let usage = """
        usage: registry-gen sample OUT.csv [--rows N] [--seed S] [--xlsx OUT.xlsx]
               registry-gen large OUT.csv [--rows N] [--seed S] [--xlsx OUT.xlsx]
               registry-gen broken OUT.csv [--seed S]

          sample  a realistic registry of Kiên Giang projects (1000 rows by default)
          large   the same, streamed, for benchmarks (1000000 rows by default)
          broken  ~30 rows with deliberate errors; also writes OUT-semicolon.csv (BOM, `;`,
                  CRLF) and OUT.expected.txt (row, column and problem of each broken row)
          --seed  the seed of the generator (default 157); the same seed gives the same files
        """

    var command: Command
    var output: String
    var rows: Int
    var seed: UInt64 = 157
    var workbook: String?

    /// Parses the arguments after the program name; the error is a message for the user.
    init(_ arguments: [String]) throws(UsageError) {
        guard arguments.count >= 2, let command = Command(rawValue: arguments[0]) else {
            throw UsageError(message: "a command and an output file are needed")
        }
        self.command = command
        output = arguments[1]
        rows = command == .large ? 1_000_000 : 1000
        var rest = arguments.dropFirst(2)
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw UsageError(message: "\(flag) needs a value") }
            switch flag {
            case "--rows":
                guard let count = Int(value), count >= 0 else { throw UsageError(message: "bad --rows `\(value)`") }
                rows = count
            case "--seed":
                guard let number = UInt64(value) else { throw UsageError(message: "bad --seed `\(value)`") }
                seed = number
            case "--xlsx" where command != .broken:
                workbook = value
            default:
                throw UsageError(message: "unknown option \(flag)")
            }
        }
    }
}

/// A mistake on the command line.
struct UsageError: Error {
    let message: String
}
