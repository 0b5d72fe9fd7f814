import Terms

extension FunctionCode {
    /// The function as a learner reads it: `Pinger.loop/0`, `anonymous fn/0 in Pinger.start/0`,
    /// `the script` for a file's top level, `your input` for a line typed in the shell.
    var displayName: String {
        if name == "__script__" { return "the script" }
        if name == "__input__" { return "your input" }
        if isAnonymous { return AnonymousFunctionName.description(module: module.name, name: name, arity: arity) }
        return "\(Term.atom(module.name).inspect()).\(name)/\(arity)"
    }
}

extension FunctionCode {
    /// `file.exs:12`, or `iex:3` for a shell input (its own line numbers start at each input).
    func location(line: Int) -> String {
        module.file.hasPrefix(InteractiveFile.prefix) ? module.file : "\(module.file):\(line)"
    }
}
