import Terms

/// What `ExUnit.start/1` was told: the seed, the default timeout, which tags to leave out
/// (`exclude:`) and which to run anyway (`include:`). Options proctor does not know are an error
/// at the call, never silently ignored.
public struct ExUnitOptions: Sendable {
    /// The seed ExUnit reports (tests run in definition order, as with seed 0).
    public var seed = 0
    /// The default per-test timeout in milliseconds.
    public var timeoutMilliseconds = 60_000
    /// Filters of the tests to leave out: a tag name (any value) or a tag and its value.
    public var exclude: [Term] = []
    /// Filters of excluded tests to run anyway.
    public var include: [Term] = []
    /// `trace: true`: a line per test, with its duration, under its module's name (tests run one at a time anyway).
    public var trace = false
    /// `capture_log: true`: what a test logs is kept back, and printed only when the test fails.
    public var captureLog = false

    /// Options that change nothing proctor prints (it never colours a script's output).
    private static let harmless: Set<String> = ["autorun", "colors"]

    /// Reads the keyword list given to `ExUnit.start/1`, or the first option proctor cannot honour.
    static func parse(_ term: Term) -> Result<ExUnitOptions, UnsupportedOption> {
        var options = ExUnitOptions()
        for element in term.properListElements ?? [] {
            guard case .tuple(let pair) = element, pair.elements.count == 2, case .atom(let key) = pair.elements[0] else {
                return .failure(UnsupportedOption(text: element.inspect()))
            }
            let value = pair.elements[1]
            switch (key.name, value) {
            case ("seed", .int(let seed)): options.seed = seed
            case ("timeout", .int(let milliseconds)) where milliseconds > 0: options.timeoutMilliseconds = milliseconds
            case ("exclude", _): options.exclude = value.properListElements ?? [value]
            case ("include", _): options.include = value.properListElements ?? [value]
            case ("trace", .atom(let flag)): options.trace = flag == .true
            case ("capture_log", .atom(let flag)) where flag == .true || flag == .false: options.captureLog = flag == .true
            case (let name, _) where harmless.contains(name): continue
            default: return .failure(UnsupportedOption(text: "\(key.name): \(value.inspect())"))
            }
        }
        return .success(options)
    }

    /// Whether a test with `tags` is left out: some `exclude` filter matches it and no `include` one does.
    func excludes(_ tags: [(key: Atom, value: Term)]) -> Bool {
        exclude.contains { Self.matches($0, tags) } && !include.contains { Self.matches($0, tags) }
    }

    private static func matches(_ filter: Term, _ tags: [(key: Atom, value: Term)]) -> Bool {
        switch filter {
        case .atom(let key): return tags.contains { $0.key == key }
        case .tuple(let pair) where pair.elements.count == 2:
            guard case .atom(let key) = pair.elements[0], let value = tags.last(where: { $0.key == key })?.value else { return false }
            return value == pair.elements[1] || (try? value.toDisplayString().get()) == (try? pair.elements[1].toDisplayString().get())
        default: return false
        }
    }

    /// An option given to `ExUnit.start/1` that proctor does not honour, as written.
    struct UnsupportedOption: Error {
        let text: String
    }
}
