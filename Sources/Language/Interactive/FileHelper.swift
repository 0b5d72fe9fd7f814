import Runtime
import Terms

/// Why a file named in the shell could not be read (`no such file or directory`).
public struct FileUnreadable: Error {
    /// The file's absolute path.
    public let path: String
    /// The reason, as the system words it.
    public let reason: String

    /// A failure to read `path` for `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// iex's helpers that read files, typed as a whole input: `c("doubler.exs")` compiles and runs
/// a file (its modules become callable), `r(Doubler)` does it again for the file a module came
/// from, `import_file("setup.exs")` evaluates a file as if its text were typed at the prompt.
enum FileHelper {
    case compile(String)
    case reload([String])
    case importFile(String)

    /// The helper `tree` calls, if it is one of them with a literal argument.
    init?(_ tree: SyntaxNode) {
        guard let name = tree.callName, let arguments = tree.arguments, arguments.count == 1 else { return nil }
        switch (name, arguments[0].kind) {
        case ("c", .string(let path)): self = .compile(path)
        case ("import_file", .string(let path)): self = .importFile(path)
        case ("r", _):
            guard let segments = arguments[0].aliasSegments else { return nil }
            self = .reload(segments)
        default: return nil
        }
    }
}

extension InteractiveSession {
    /// Runs a file helper as iex does, printing what iex prints.
    func run(_ helper: FileHelper, readFile: (String) -> Result<String, FileUnreadable>) {
        switch helper {
        case .compile(let path):
            guard case .success(let source) = readFile(path) else {
                return write("** (ArgumentError) could not find files \(path)\n\n")
            }
            if let modules = compileAndRun(source, file: path) { finish(.list(modules)) }
        case .reload(let segments):
            let name = "Elixir." + segments.joined(separator: ".")
            guard let file = program.module(Atom(name))?.file, case .success(let source) = readFile(file) else {
                return write("** (ArgumentError) could not load nor find module: \(segments.joined(separator: "."))\n\n")
            }
            if let modules = compileAndRun(source, file: file) { finish(.tuple(.atom("reloaded"), .list(modules))) }
        case .importFile(let path):
            switch readFile(path) {
            case .failure(let unreadable):
                write("** (File.Error) could not read file \"\(unreadable.path)\": \(unreadable.reason)\n\n")
            case .success(let source):
                feedWhole(source)
            }
        }
    }

    /// Compiles `source` and runs it as a script (its modules loaded, its top level run);
    /// the modules it defines, or nil after an error (already reported).
    private func compileAndRun(_ source: String, file: String) -> [Term]? {
        guard let compiled = try? program.compile(source, file: file) else {
            _ = run(source: source, file: file)
            return nil
        }
        guard run(source: source, file: file) == 0 else { return nil }
        return compiled.modules.map { .atom($0.name) }
    }

    /// Shows a helper's result and records it, as any input's.
    private func finish(_ value: Term) {
        write(value.inspectForIO(InspectOptions(pretty: true)) + "\n")
        history.record(value, counter: counter)
        counter += 1
    }

    /// Evaluates a file's whole text in the shell, as one input.
    private func feedWhole(_ source: String) {
        let parsed = ElixirParser.parse(source)
        if let diagnostic = parsed.diagnostics.first {
            return write(diagnostic.headline(file: "iex") + "\n\n")
        }
        guard let tree = parsed.tree else { return }
        evaluate(tree, source: source)
    }
}
