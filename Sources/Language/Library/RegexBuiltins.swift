import Terms

/// The builtins behind `Regex`, `~r`, `=~` and the regex forms of `String` functions: `:re.compile/2`,
/// `:re.inspect/2` and the slices of `:re.run/3` (`Elixir/re.ex` loops over them) on
/// proctor's own matcher (see `RegexMatcher`).
enum RegexBuiltins {
    /// Matcher steps per reduction charged to the calling process.
    static let stepsPerReduction = 64

    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var re = BuiltinModule("re")
        re.define("compile", 1) { (args, _) throws(GuestError) -> Term in try compile(args[0], .emptyList) }
        re.define("compile", 2) { (args, _) throws(GuestError) -> Term in try compile(args[0], args[1]) }
        re.define("inspect", 2) { (args, _) throws(GuestError) -> Term in try namelist(args[0], args[1]) }
        var kernel = BuiltinModule("Elixir.Kernel")
        kernel.define("sigil_r", 2) { (args, _) throws(GuestError) -> Term in try sigil(args[0], args[1], unescape: true) }
        kernel.define("sigil_R", 2) { (args, _) throws(GuestError) -> Term in try sigil(args[0], args[1], unescape: false) }
        var regex = BuiltinModule("Elixir.Regex")
        regex.define("compile", 1) { (args, _) throws(GuestError) -> Term in try compileRegex(args[0], .string("")) }
        regex.define("compile", 2) { (args, _) throws(GuestError) -> Term in try compileRegex(args[0], args[1]) }
        regex.define("escape", 1) { (args, _) throws(GuestError) -> Term in .binary(BinaryBox(RegexEscaping.escape(try ArgumentChecks.binary(args[0])))) }
        regex.define("version", 0) { (_, _) throws(GuestError) -> Term in RegexValue.version }
        var helpers = BuiltinModule("proctor")
        helpers.define("regex_run", 3) { (args, context) throws(GuestError) -> Term in try run(args[0], args[1], args[2], context) }
        helpers.define("regex_continue", 1) { (args, context) throws(GuestError) -> Term in try resume(args[0], context) }
        helpers.define("regex_split_pieces", 3) { (args, _) throws(GuestError) -> Term in
            try RegexSplitting.pieces(args[0], runResult: args[1], options: args[2])
        }
        return re.builtins + kernel.builtins + regex.builtins + helpers.builtins
    }

    /// `:re.compile(source, options)`: `{:ok, re_pattern}` or `{:error, {reason, position}}`.
    private static func compile(_ source: Term, _ options: Term) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(source)
        let parsed = try RegexValue.options(fromList: options)
        do {
            let program = try RegexCache.program(source: bytes, options: parsed)
            return .tuple(.ok, RegexValue.pattern(source: bytes, options: parsed, program: program))
        } catch {
            return RegexValue.errorTuple(error)
        }
    }

    /// `Regex.compile(source, options)`: `{:ok, %Regex{}}`, `{:error, {reason, position}}`, or
    /// `{:error, {:invalid_option, rest}}` for an unknown modifier letter.
    private static func compileRegex(_ source: Term, _ options: Term) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(source)
        let parsed: RegexOptions
        if case .binary(let box) = options {
            switch RegexOptions.parse(modifiers: String(decoding: box.bytes, as: UTF8.self)) {
            case .success(let value): parsed = value
            case .failure(let invalid): return .tuple(.atom("error"), .tuple(.atom("invalid_option"), .string(invalid.rest)))
            }
        } else {
            parsed = try RegexValue.options(fromList: options)
        }
        do {
            return .tuple(.ok, try RegexValue.make(source: bytes, options: parsed, opts: options))
        } catch {
            return RegexValue.errorTuple(error)
        }
    }

    /// `~r/source/modifiers` (escapes such as `\n` applied for `~r`, kept for `~R`); a bad
    /// pattern raises `Regex.CompileError`.
    private static func sigil(_ source: Term, _ modifiers: Term, unescape: Bool) throws(GuestError) -> Term {
        let raw = try ArgumentChecks.binary(source)
        let bytes = unescape ? RegexEscaping.unescapeSigil(raw) : raw
        let letters = String(decoding: try ArgumentChecks.list(modifiers, position: 2).compactMap { term -> UInt8? in
            if case .int(let code) = term, (0...127).contains(code) { return UInt8(code) }
            return nil
        }, as: UTF8.self)
        guard case .success(let options) = RegexOptions.parse(modifiers: letters) else {
            let rest = RegexOptions.InvalidOption.rest(of: letters)
            throw .exception("Regex.CompileError", [("message", .string("invalid_option at position \(rest)"))])
        }
        do {
            return try RegexValue.make(source: bytes, options: options, opts: .string(letters))
        } catch {
            throw RegexValue.compileError(error)
        }
    }

    /// `:proctor.regex_run(subject, pattern, options)`: what `:re.run/3` answers, or
    /// `{:proctor_regex_running, handle}` when the search needs more slices.
    private static func run(_ subject: Term, _ pattern: Term, _ options: Term, _ context: BuiltinContext) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(subject)
        let program = try RegexValue.program(of: pattern, position: 2)
        let settings = try RegexRunOptions(options, program: program)
        guard settings.offset >= 0, settings.offset <= bytes.count else { throw ArgumentChecks.badArgument(3, "not a valid offset") }
        let search = RegexSearch(RegexMatcher(program: program, subject: bytes), from: settings.offset, global: settings.global)
        return slice(RegexSearches.Paused(search: search, options: settings), context)
    }

    /// `:proctor.regex_continue(handle)`: the next slice of a paused search.
    private static func resume(_ handle: Term, _ context: BuiltinContext) throws(GuestError) -> Term {
        guard case .int(let number) = handle, let paused = context.machine.regexSearches.take(number) else {
            throw ArgumentChecks.badArgument(1, "not a running regex search")
        }
        return slice(paused, context)
    }

    /// Runs one slice of `paused`, charging its steps: the result, or the search parked again.
    private static func slice(_ paused: RegexSearches.Paused, _ context: BuiltinContext) -> Term {
        let before = paused.search.matcher.steps
        let progress = paused.search.run(steps: RegexSearches.stepsPerSlice)
        context.charge((paused.search.matcher.steps - before) / stepsPerReduction)
        guard case .finished(let found) = progress else {
            return .tuple(.atom("proctor_regex_running"), .int(context.machine.regexSearches.park(paused)))
        }
        return result(found, paused.options, subject: paused.search.matcher.subject)
    }

    /// What `:re.run/3` answers for the matches `found` (nil: the step limit was reached).
    private static func result(_ found: [[Int]]?, _ settings: RegexRunOptions, subject: [UInt8]) -> Term {
        guard let found, !found.isEmpty else { return .atom("nomatch") }
        if settings.capturesNothing { return .atom("match") }
        let lists = found.map { Term.list(settings.captures($0, subject: subject)) }
        return .tuple(.atom("match"), settings.global ? .list(lists) : lists[0])
    }

    /// `:re.inspect(pattern, :namelist)`: the group names in alphabetical order.
    private static func namelist(_ pattern: Term, _ item: Term) throws(GuestError) -> Term {
        let program = try RegexValue.program(of: pattern, position: 1)
        guard item == .atom("namelist") else { throw ArgumentChecks.badArgument(2, "not a valid item") }
        return .tuple(.atom("namelist"), .list(program.names.keys.sorted().map { Term.string($0) }))
    }
}
