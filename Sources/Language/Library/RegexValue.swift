import Terms

/// `%Regex{}` values: building one from a source and options, and finding the compiled program
/// of one (or of the `re_pattern` tuple inside it, as `:re.run/3` takes).
enum RegexValue {
    private static let module = Atom("Elixir.Regex")

    /// The `%Regex{}` for `source` with `options`; `opts` is what `Regex.opts/1` answers (the
    /// modifier string, or the option list given to `Regex.compile/2`).
    static func make(source: [UInt8], options: RegexOptions, opts: Term) throws(RegexCompileError) -> Term {
        let program = try RegexCache.program(source: source, options: options)
        return Term.makeStruct(module, fields: [
            (Atom("opts"), opts),
            (Atom("re_pattern"), pattern(source: source, options: options, program: program)),
            (Atom("re_version"), version),
            (Atom("source"), .binary(BinaryBox(source))),
        ])
    }

    /// What `Regex.version/0` answers: proctor's own engine, not PCRE.
    static let version = Term.tuple(.string("proctor 1 (PCRE 8.44 subset)"), .atom("little"))

    /// The `{:re_pattern, groups, unicode, 0, key}` tuple `:re.compile/2` returns.
    static func pattern(source: [UInt8], options: RegexOptions, program: RegexProgram) -> Term {
        .tuple(
            .atom("re_pattern"), .int(program.groupCount), .int(options.unicode ? 1 : 0), .int(0),
            .binary(BinaryBox(RegexPatternKey.encode(source: source, options: options))))
    }

    /// The compiled program of a `%Regex{}`, a `re_pattern` tuple, or a pattern source binary.
    static func program(of term: Term, position: Int) throws(GuestError) -> RegexProgram {
        var pattern = term
        if case .map(let map) = term, let inner = map.get(.atom("re_pattern")) { pattern = inner }
        if case .binary(let box) = pattern { return try compiled(box.bytes, options: RegexOptions(), position: position) }
        guard case .tuple(let tuple) = pattern, tuple.elements.count == 5, tuple.elements[0] == .atom("re_pattern"),
              case .binary(let key) = tuple.elements[4], let decoded = RegexPatternKey.decode(key.bytes)
        else { throw ArgumentChecks.badArgument(position, "not a valid regular expression") }
        return try compiled(decoded.source, options: decoded.options, position: position)
    }

    private static func compiled(_ source: [UInt8], options: RegexOptions, position: Int) throws(GuestError) -> RegexProgram {
        do {
            return try RegexCache.program(source: source, options: options)
        } catch {
            throw ArgumentChecks.badArgument(position, "not a valid regular expression")
        }
    }

    /// Whether `term` is a `%Regex{}`.
    static func isRegex(_ term: Term) -> Bool {
        guard case .map(let map) = term else { return false }
        return map.get(.atom(.structKey)) == .atom(module)
    }

    /// `{:error, {'missing )', 2}}`, as `:re.compile/2` reports a bad pattern.
    static func errorTuple(_ error: RegexCompileError) -> Term {
        .tuple(.atom("error"), .tuple(CharlistBuiltins.codepoints(error.message), .int(error.position)))
    }

    /// `Regex.CompileError` with "missing ) at position 2".
    static func compileError(_ error: RegexCompileError) -> GuestError {
        .exception("Regex.CompileError", [("message", .string("\(error.message) at position \(error.position)"))])
    }

    /// The options an Erlang option list such as `[:caseless, :unicode]` stands for.
    static func options(fromList term: Term) throws(GuestError) -> RegexOptions {
        var options = RegexOptions()
        for element in try ArgumentChecks.list(term, position: 2) {
            switch element {
            case .atom(let atom) where atom.name == "caseless": options.caseless = true
            case .atom(let atom) where atom.name == "multiline": options.multiline = true
            case .atom(let atom) where atom.name == "dotall": options.dotAll = true
            case .atom(let atom) where atom.name == "extended": options.extended = true
            case .atom(let atom) where atom.name == "ungreedy": options.ungreedy = true
            case .atom(let atom) where atom.name == "unicode" || atom.name == "ucp": options.unicode = true
            case .atom(let atom) where atom.name == "firstline": options.firstLine = true
            case .tuple(let pair) where pair.elements == [.atom("newline"), .atom("anycrlf")]: break
            default:
                throw .argument("proctor's regular expressions do not support the option \(element.inspect())")
            }
        }
        return options
    }
}
