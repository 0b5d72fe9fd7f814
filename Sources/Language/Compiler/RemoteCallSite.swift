import Terms

/// A remote call written in a module's function (`Enum.mapp(list, f)`), kept so that the calls
/// to functions that do not exist can be warned about once the file has run, as Elixir 1.14's
/// checker does.
public struct RemoteCallSite: Sendable {
    /// The module, function and arity called.
    public let name: RemoteName
    /// The line of the call.
    public let line: Int
    /// The module whose function makes the call.
    public let callerModule: Atom
    /// That function as a warning names it (`Shapes.area/2`).
    public let caller: String
}
