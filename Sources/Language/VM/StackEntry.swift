import Terms

/// One entry of a stack trace term, `{module, function, arity, [file: ~c"f.exs", line: 3]}`
/// (or a failed call, with its arguments in place of the arity), and the line
/// `Exception.format_stacktrace` writes for it.
struct StackEntry {
    /// The module, as Elixir writes it (`Counter`, `:elixir_compiler_0`).
    let module: String
    /// The function's name (`loop`, `__FILE__`, `-run/1-fun-2-`, `test adds`).
    let function: String
    let arity: Int
    /// The arguments of a failed call (`:erlang.binary_to_integer("x")`), nil for a frame.
    let arguments: [Term]?
    let file: String
    let line: Int

    /// The entry `term` describes, or nil when it is not an entry.
    init?(_ term: Term) {
        guard case .tuple(let box) = term, box.elements.count == 4, case .atom(let module) = box.elements[0],
            case .atom(let function) = box.elements[1], let location = box.elements[3].properListElements
        else { return nil }
        if case .int(let arity) = box.elements[2] {
            self.arity = arity
            arguments = nil
        } else if let elements = box.elements[2].properListElements {
            arity = elements.count
            arguments = elements
        } else {
            return nil
        }
        var file = ""
        var line = 0
        for case .tuple(let pair) in location where pair.elements.count == 2 {
            if pair.elements[0] == .atom("file"), case .success(let text) = pair.elements[1].toDisplayString() { file = text }
            if pair.elements[0] == .atom("line"), case .int(let number) = pair.elements[1] { line = number }
        }
        self.module = Term.atom(module).inspect()
        self.function = function.name
        self.file = file
        self.line = line
    }

    /// `(file)`, `anonymous fn/0 in Mod.fun/1` or `Mod.fun/1` (a name that is not an identifier quoted).
    var description: String {
        if let arguments { return "\(module).\(AnonymousFunctionName.quoted(function))(\(arguments.map { $0.inspect() }.joined(separator: ", ")))" }
        if function == "__FILE__" { return "(file)" }
        if function.hasPrefix("-"), function.contains("-fun-") {
            return "anonymous fn/\(arity) in \(module).\(AnonymousFunctionName.quoted(AnonymousFunctionName.enclosing(fromName: function)))"
        }
        return "\(module).\(AnonymousFunctionName.quoted(function))/\(arity)"
    }

    /// The whole line: `f.exs:3: Mod.fun/1`, `(proctor 0.1.0) Enum.ex:12: ...` for the library's
    /// own code, and the bare call for a failed call without a place.
    var text: String {
        if file.isEmpty { return ErlangNames.applicationPrefix(ofModule: module) + description }
        let place = StandardLibrary.isLibraryFile(file) ? "(proctor \(ProctorVersion.text)) \(file):\(line)" : "\(file):\(line)"
        return "\(place): \(description)"
    }
}
