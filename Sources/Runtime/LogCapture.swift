import Terms

/// A capture of log reports (`ExUnit.CaptureLog`): while it is on, the reports of every
/// process that it accepts by level are kept here instead of being printed, as ExUnit's
/// capture takes them from the console.
public final class LogCapture {
    /// The capture's number, for the process that ends it.
    public let id: Int
    /// Whether a report at this level is kept (the capture's `:level`); others are dropped.
    let accepts: (Atom) -> Bool
    /// The reports kept so far, in the order they were made.
    public private(set) var text = ""

    init(id: Int, accepts: @escaping (Atom) -> Bool) {
        self.id = id
        self.accepts = accepts
    }

    func keep(_ report: String) { text += report }
}

extension Runtime {
    /// Starts a capture that keeps the reports `accepts` takes by level; returns it.
    public func startLogCapture(accepts: @escaping (Atom) -> Bool) -> LogCapture {
        loggerBody.startCapture(accepts: accepts)
    }

    /// Ends capture `id` and returns what it kept ("" when it has already ended).
    public func stopLogCapture(_ id: Int) -> String {
        loggerBody.stopCapture(id)
    }
}
