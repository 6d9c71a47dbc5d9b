import CELSyntax
import Diagnostics

/// A variable that expressions may read.
public struct VariableDecl: Sendable {
    /// The name, possibly qualified (`a.b.c`).
    public var name: String
    /// The declared type; `.object` types give each field its own slot.
    public var type: CELType
    /// A constant value: reads of it fold when the expression is compiled.
    public var constant: Value?
    /// Whether reading a key that the variable's map lacks gives an *unknown* naming the
    /// attribute path (`project.env_group`) instead of a `no such key` error.
    public var missingKeysAreUnknown: Bool

    /// Creates a declaration.
    public init(name: String, type: CELType, constant: Value? = nil, missingKeysAreUnknown: Bool = false) {
        self.name = name
        self.type = type
        self.constant = constant
        self.missingKeysAreUnknown = missingKeysAreUnknown
    }
}

/// The names, functions and options against which expressions are checked and compiled.
///
/// An environment is immutable and `Sendable`; it also fixes the slot layout of the
/// ``Activation`` that programs compiled from it read.
public struct Environment: Sendable {
    /// The namespace in which names are resolved (`a.b` tries `a.b.x`, `a.x`, `x`).
    public let container: String
    /// The functions.
    public let library: FunctionLibrary
    /// The parser's limits and features.
    public let parserOptions: ParserOptions
    /// Declarations by name.
    let variables: [String: VariableDecl]
    /// The first slot of each non-constant variable.
    let slotOf: [String: Int]
    /// The number of slots that the variables take.
    public let variableSlotCount: Int
    /// The first component of every declared name (`a` of `a.b.c`), to reject at once a
    /// qualified name that cannot resolve.
    let nameRoots: Set<String>

    /// Creates an environment.
    public init(
        variables: [VariableDecl] = [], container: String = "", library: FunctionLibrary = .standard,
        parserOptions: ParserOptions = ParserOptions()
    ) {
        self.container = container
        self.library = library
        self.parserOptions = parserOptions
        var byName: [String: VariableDecl] = [:]
        var slots: [String: Int] = [:]
        var next = 0
        for declaration in variables where byName[declaration.name] == nil {
            byName[declaration.name] = declaration
            guard declaration.constant == nil else { continue }
            slots[declaration.name] = next
            if case .object(let object) = declaration.type {
                next += max(object.fields.count, 1)
            } else {
                next += 1
            }
        }
        self.variables = byName
        self.slotOf = slots
        self.variableSlotCount = next
        self.nameRoots = Set(byName.keys.map { String($0.prefix { $0 != "." }) })
    }

    /// The slot of a plain variable (or the first field slot of a record variable).
    public func slot(of variable: String) -> Int? { slotOf[variable] }

    /// The slot of a field of a record variable.
    public func slot(ofField field: String, in variable: String) -> Int? {
        guard let base = slotOf[variable], case .object(let object)? = variables[variable]?.type,
            let offset = object.slotOf[field]
        else { return nil }
        return base + offset
    }

    /// Parses, checks and compiles an expression typed on its own.
    public func compile(_ text: String, checked: Bool = true) -> Result<Program, CompileFailure> {
        compile(ExpressionSource(text: text), checked: checked)
    }

    /// Parses, checks (unless `checked` is false) and compiles an expression.
    public func compile(_ source: ExpressionSource, checked: Bool = true) -> Result<Program, CompileFailure> {
        let parsed: ParsedExpr
        switch Parser(options: parserOptions).parse(source) {
        case .success(let expr): parsed = expr
        case .failure(let failure): return .failure(CompileFailure(diagnostics: failure.diagnostics))
        }
        var resultType = CELType.dyn
        if checked {
            var checker = Checker(environment: self)
            switch checker.check(parsed) {
            case .success(let checkedExpr): resultType = checkedExpr.resultType
            case .failure(let failure): return .failure(failure)
            }
        }
        var planner = Planner(environment: self, parsed: parsed)
        return .success(planner.plan(resultType: resultType))
    }

    /// The names a possibly qualified name may refer to in this container, longest first.
    func candidates(for name: String, rooted: Bool) -> [String] {
        if rooted || container.isEmpty { return [name] }
        var result: [String] = []
        var prefix = Substring(container)
        while true {
            result.append(prefix + "." + name)
            guard let dot = prefix.lastIndex(of: ".") else { break }
            prefix = prefix[..<dot]
        }
        result.append(name)
        return result
    }

    /// Whether a name whose first component is `first` may resolve to a variable or a type.
    func mayResolve(first: String) -> Bool {
        !container.isEmpty || nameRoots.contains(first) || first == "google" || TypeNames.type(named: first) != nil
    }

    /// The declaration a qualified name refers to.
    func variable(named name: String, rooted: Bool) -> VariableDecl? {
        for candidate in candidates(for: name, rooted: rooted) {
            if let declaration = variables[candidate] { return declaration }
        }
        return nil
    }

    /// The function a possibly qualified name refers to.
    func function(named name: String, rooted: Bool) -> FunctionDefinition? {
        for candidate in candidates(for: name, rooted: rooted) {
            if let function = library.function(candidate) { return function }
        }
        return nil
    }
}

/// Why an expression could not be compiled: parse or check errors with their positions.
public struct CompileFailure: Error, Sendable {
    /// The problems, each with its location.
    public var diagnostics: [Diagnostic]

    /// Creates a failure.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
