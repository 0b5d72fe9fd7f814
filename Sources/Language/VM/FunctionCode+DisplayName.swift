import Terms

extension FunctionCode {
    /// The function as a learner reads it: `Pinger.loop/0`, `anonymous fn/0 in Pinger.start/0`,
    /// `the script` for a file's top level.
    var displayName: String {
        if name == "__script__" { return "the script" }
        if isAnonymous { return AnonymousFunctionName.description(module: module.name, name: name, arity: arity) }
        return "\(Term.atom(module.name).inspect()).\(name)/\(arity)"
    }
}
