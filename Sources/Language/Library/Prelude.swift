/// The part of the standard library written in Elixir itself: everything that
/// calls back into guest code (Enum with functions, Task, Agent) or waits in a
/// receive (`Process.sleep`), so it can suspend like any guest code.
public enum Prelude {
    /// The prelude's source, compiled into every program.
    public static let source = [enumSource, processSource, taskSource, agentSource, dataSource, textSource, exUnitSource].joined(separator: "\n")
}
