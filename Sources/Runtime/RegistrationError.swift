import Terms

/// Why `Process.register/2` or `Process.unregister/1` failed; the language
/// turns each into the exception Elixir raises.
public enum RegistrationError: Error, Equatable, Sendable {
    /// The name is not an atom, or is `:undefined` or `nil` (Elixir: `FunctionClauseError`).
    case invalidName
    /// The process is dead, the name is taken, or the process already has a name
    /// (Elixir: `ArgumentError`, see `message(pid:name:)`).
    case cannotRegister
    /// `unregister` of a name nobody has (Elixir: `ArgumentError`).
    case notRegistered

    /// The `ArgumentError` message Elixir 1.14 gives for `cannotRegister`.
    public static func cannotRegisterMessage(pid: Pid, name: Atom) -> String {
        "could not register \(pid.inspectText) with name \(Term.atom(name).inspect()) because it is not alive, "
            + "the name is already taken, or it has already been given another name"
    }
}
