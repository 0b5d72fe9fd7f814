/// The part of the standard library written in Elixir itself: everything that
/// calls back into guest code (Enum with functions, Task, Agent) or waits in a
/// receive (`Process.sleep`), so it can suspend like any guest code.
public enum Prelude {
    /// The file name the prelude's code reports in stack traces.
    public static let fileName = "prelude.ex"
    /// The prelude's source, compiled into every program.
    public static let source = [
        enumSource, processSource, taskSource, agentSource, dataSource, listSource, setRangeSource, streamSource, textSource,
        exUnitSource, exceptionSource, kernelSource, kernelAccessSource, timerSource, iexSource,
    ].joined(separator: "\n")
}
