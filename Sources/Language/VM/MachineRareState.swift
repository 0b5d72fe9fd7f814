import Runtime
import Terms

/// What a machine holds only once something uncommon happened to it: a crash being reported,
/// an error raised again, a regex search paused, a host's title or report. Kept apart from
/// `Machine` and made at first use, so a process that only waits in a `receive` does not
/// carry these fields (about 250 bytes of a machine's 376 before they moved here).
final class MachineRareState {
    /// Regex searches paused between slices (see `RegexSearches`).
    let regexSearches = RegexSearches()
    /// A value the body hands the host while it goes on running.
    var reportedValue: Term?
    /// What the process is, when its host knows better than its code.
    var title: String?
    /// How the process ends when its first function returns.
    var exitOnReturn: ExitCause = .normal
    /// The raise that ended the machine, if one did.
    var finalError: GuestError?
    /// The stack trace of `finalError`, innermost first.
    var finalTrace: [String] = []
    /// Set when the process must raise before running any more code.
    var pendingError: GuestError?
    /// An uncaught exception whose module's `message/1` is running to write the crash report.
    var crashBeingFormatted: GuestError?
    /// The process whose crash is being formatted.
    var crashingProcess: Pid?
    /// The stack trace of `crashBeingFormatted`, taken where it was raised.
    var crashStack: [String] = []
    /// The same stack trace as a term.
    var crashTraceTerm = Term.emptyList
    /// The stack trace of the caught error being raised again.
    var reraisedTrace: Term?
}

extension Machine {
    /// The machine's rare state, made now if it has none yet. (Setting one of its optional fields
    /// to nil makes none.)
    var rareState: MachineRareState {
        if let rare { return rare }
        let made = MachineRareState()
        rare = made
        return made
    }

    /// Regex searches paused between slices (see `RegexSearches`).
    var regexSearches: RegexSearches { rareState.regexSearches }

    /// A value the body hands the host while it goes on running (a module's `setup_all`
    /// context, while its process lives on until the module's tests end).
    public internal(set) var reportedValue: Term? {
        get { rare?.reportedValue }
        set { if newValue != nil || rare != nil { rareState.reportedValue = newValue } }
    }

    /// What the process is, when its host knows better than its code (`the test`).
    public var title: String? {
        get { rare?.title }
        set { if newValue != nil || rare != nil { rareState.title = newValue } }
    }

    /// How the process ends when its first function returns (`:normal`; an ExUnit test process
    /// ends with `:shutdown`, so the processes linked to it stop).
    public var exitOnReturn: ExitCause {
        get { rare?.exitOnReturn ?? .normal }
        set { rareState.exitOnReturn = newValue }
    }

    /// The raise that ended the machine, if one did.
    public internal(set) var finalError: GuestError? {
        get { rare?.finalError }
        set { if newValue != nil || rare != nil { rareState.finalError = newValue } }
    }

    /// The stack trace of `finalError`, innermost first.
    public internal(set) var finalTrace: [String] {
        get { rare?.finalTrace ?? [] }
        set { rareState.finalTrace = newValue }
    }

    /// Set when the process must raise before running any more code (a failed first call).
    var pendingError: GuestError? {
        get { rare?.pendingError }
        set { if newValue != nil || rare != nil { rareState.pendingError = newValue } }
    }

    /// An uncaught exception whose module's `message/1` is running to write the crash report.
    var crashBeingFormatted: GuestError? {
        get { rare?.crashBeingFormatted }
        set { if newValue != nil || rare != nil { rareState.crashBeingFormatted = newValue } }
    }

    /// The process whose crash is being formatted.
    var crashingProcess: Pid? {
        get { rare?.crashingProcess }
        set { if newValue != nil || rare != nil { rareState.crashingProcess = newValue } }
    }

    /// The stack trace of `crashBeingFormatted`, taken where it was raised.
    var crashStack: [String] {
        get { rare?.crashStack ?? [] }
        set { rareState.crashStack = newValue }
    }

    /// The same stack trace as a term, for the crash's exit reason `{exception, stacktrace}`.
    var crashTraceTerm: Term {
        get { rare?.crashTraceTerm ?? .emptyList }
        set { rareState.crashTraceTerm = newValue }
    }

    /// The stack trace of the caught error being raised again (by a `try` none of whose clauses matched).
    var reraisedTrace: Term? {
        get { rare?.reraisedTrace }
        set { if newValue != nil || rare != nil { rareState.reraisedTrace = newValue } }
    }
}
