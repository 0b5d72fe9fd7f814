import Terms

/// What the compiler may know about code outside the file: builtins, loaded modules, structs.
public protocol CompileEnvironment {
    /// The structs known so far; the compiler adds the file's own.
    var structs: StructRegistry { get }
    /// The index of the builtin implementing `name`, if there is one.
    func builtinIndex(_ name: RemoteName) -> Int32?
    /// Whether a loaded guest module exports `name/arity`.
    func exports(_ module: Atom, _ name: String, arity: Int) -> Bool
}
