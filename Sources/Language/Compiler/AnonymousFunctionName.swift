import Terms

/// Anonymous functions are named as the BEAM names them, after the named function they
/// are written in: `-run/1-fun-3-`, and `-__FILE__/1-fun-2-` in a script's top level.
enum AnonymousFunctionName {
    /// `run/1`: the named function `code` is (or is written in).
    static func enclosing(of code: FunctionCode) -> String {
        if code.isAnonymous { return enclosing(fromName: code.name) }
        return code.name == "__script__" ? "__FILE__/1" : "\(code.name)/\(code.arity)"
    }

    /// `run/1` from an anonymous function's name `-run/1-fun-3-`.
    static func enclosing(fromName name: String) -> String {
        let trimmed = name.dropFirst()
        return trimmed.firstRange(of: "-fun-").map { String(trimmed[..<$0.lowerBound]) } ?? String(trimmed)
    }

    /// `anonymous fn/1 in Mod.run/1`, as stack traces and function clause errors describe it.
    static func description(module: Atom, name: String, arity: Int) -> String {
        "anonymous fn/\(arity) in \(Term.atom(module).inspect()).\(quoted(enclosing(fromName: name)))"
    }

    /// A function's name (or `name/arity`) as a remote call writes it: `run`, `"test adds"`, `"test adds"/1`.
    static func quoted(_ name: String) -> String {
        let slash = name.lastIndex(of: "/").flatMap { index in Int(name[name.index(after: index)...]).map { _ in index } }
        let bare = slash.map { String(name[..<$0]) } ?? name
        let arity = slash.map { String(name[$0...]) } ?? ""
        return String(Term.atom(Atom(bare)).inspect().dropFirst()) + arity
    }
}
