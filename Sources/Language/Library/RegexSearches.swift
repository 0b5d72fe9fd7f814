import Terms

/// The regex searches a process has paused between slices, by handle: `:proctor.regex_run/3`
/// runs a slice and, when the search is not done, parks it here and answers
/// `{:proctor_regex_running, handle}`; the guest's loop calls `:proctor.regex_continue/1`
/// until the answer is the result. The table belongs to the process's VM, so it goes with it.
final class RegexSearches {
    /// A paused search with what is needed to turn its matches into terms.
    struct Paused {
        let search: RegexSearch
        let options: RegexRunOptions
    }

    /// Matcher steps per slice: about one scheduler budget's worth of work.
    static let stepsPerSlice = 100_000

    private var paused: [Int: Paused] = [:]
    private var nextHandle = 1

    /// Parks `search`, returning its handle.
    func park(_ entry: Paused) -> Int {
        let handle = nextHandle
        nextHandle += 1
        paused[handle] = entry
        return handle
    }

    /// Takes back the search parked under `handle`.
    func take(_ handle: Int) -> Paused? {
        paused.removeValue(forKey: handle)
    }
}
