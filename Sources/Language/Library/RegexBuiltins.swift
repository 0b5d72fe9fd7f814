import Terms

/// The builtins behind `Regex`, `~r`, `=~` and the regex forms of `String` functions: `:re.compile/2`,
/// `:re.run/3` and `:re.inspect/2` over proctor's own matcher (see `RegexMatcher`).
enum RegexBuiltins {
    /// Matcher steps per reduction charged to the calling process.
    static let stepsPerReduction = 64

    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var re = BuiltinModule("re")
        re.define("compile", 1) { (args, _) throws(GuestError) -> Term in try compile(args[0], .emptyList) }
        re.define("compile", 2) { (args, _) throws(GuestError) -> Term in try compile(args[0], args[1]) }
        re.define("run", 2) { (args, context) throws(GuestError) -> Term in try run(args[0], args[1], .emptyList, context) }
        re.define("run", 3) { (args, context) throws(GuestError) -> Term in try run(args[0], args[1], args[2], context) }
        re.define("inspect", 2) { (args, _) throws(GuestError) -> Term in try namelist(args[0], args[1]) }
        var kernel = BuiltinModule("Elixir.Kernel")
        kernel.define("sigil_r", 2) { (args, _) throws(GuestError) -> Term in try sigil(args[0], args[1], unescape: true) }
        kernel.define("sigil_R", 2) { (args, _) throws(GuestError) -> Term in try sigil(args[0], args[1], unescape: false) }
        kernel.define("=~", 2) { (args, context) throws(GuestError) -> Term in try matchOperator(args[0], args[1], context) }
        var regex = BuiltinModule("Elixir.Regex")
        regex.define("compile", 1) { (args, _) throws(GuestError) -> Term in try compileRegex(args[0], .string("")) }
        regex.define("compile", 2) { (args, _) throws(GuestError) -> Term in try compileRegex(args[0], args[1]) }
        regex.define("escape", 1) { (args, _) throws(GuestError) -> Term in .binary(BinaryBox(RegexEscaping.escape(try ArgumentChecks.binary(args[0])))) }
        regex.define("version", 0) { (_, _) throws(GuestError) -> Term in RegexValue.version }
        var string = BuiltinModule("Elixir.String")
        string.define("match?", 2) { (args, context) throws(GuestError) -> Term in try stringMatch(args[0], args[1], context) }
        var helpers = BuiltinModule("proctor")
        helpers.define("regex_split", 3) { (args, context) throws(GuestError) -> Term in
            try RegexSplitting.split(args[0], args[1], options: args[2], context)
        }
        return re.builtins + kernel.builtins + regex.builtins + string.builtins + helpers.builtins
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
            throw .argument("unknown regex modifier in ~r: \(letters)")
        }
        do {
            return try RegexValue.make(source: bytes, options: options, opts: .string(letters))
        } catch {
            throw RegexValue.compileError(error)
        }
    }

    /// `:re.run(subject, pattern, options)`.
    private static func run(_ subject: Term, _ pattern: Term, _ options: Term, _ context: BuiltinContext) throws(GuestError) -> Term {
        let bytes = try ArgumentChecks.binary(subject)
        let program = try RegexValue.program(of: pattern, position: 2)
        let settings = try RegexRunOptions(options, program: program)
        guard settings.offset >= 0, settings.offset <= bytes.count else { throw ArgumentChecks.badArgument(3, "not a valid offset") }
        let matcher = RegexMatcher(program: program, subject: bytes)
        let found = matcher.matches(from: settings.offset, global: settings.global)
        context.charge(matcher.steps / stepsPerReduction)
        guard let found, !found.isEmpty else { return .atom("nomatch") }
        if case .none = settings.capture { return .atom("match") }
        let lists = found.map { Term.list(settings.captures($0, subject: bytes)) }
        return .tuple(.atom("match"), settings.global ? .list(lists) : lists[0])
    }

    /// Whether `pattern` (a `%Regex{}`) matches `subject`, charged for the matcher's steps.
    static func matches(_ subject: [UInt8], _ pattern: Term, _ context: BuiltinContext) throws(GuestError) -> Bool {
        let program = try RegexValue.program(of: pattern, position: 2)
        let matcher = RegexMatcher(program: program, subject: subject)
        let found = matcher.matches(from: 0, global: false)
        context.charge(matcher.steps / stepsPerReduction)
        return !(found ?? []).isEmpty
    }

    /// `left =~ right`: a regex match, or whether the string `right` occurs in `left`.
    private static func matchOperator(_ left: Term, _ right: Term, _ context: BuiltinContext) throws(GuestError) -> Term {
        let subject = try ArgumentChecks.binary(left)
        if case .binary(let box) = right { return .bool(box.bytes.isEmpty || ByteSplitting.firstMatch(of: [box.bytes], in: subject, from: 0) != nil) }
        guard RegexValue.isRegex(right) else { throw ArgumentChecks.badArgument(2, "not a string or a regular expression") }
        return .bool(try matches(subject, right, context))
    }

    /// `String.match?(string, regex)`.
    private static func stringMatch(_ string: Term, _ regex: Term, _ context: BuiltinContext) throws(GuestError) -> Term {
        let subject = try ArgumentChecks.binary(string)
        guard RegexValue.isRegex(regex) else {
            throw .exception("FunctionClauseError", [
                ("module", .atom("Elixir.String")), ("function", .atom("match?")), ("arity", .int(2)),
                ("kind", .atom("def")), ("args", .list([string, regex])), ("clauses", .nil),
            ])
        }
        return .bool(try matches(subject, regex, context))
    }

    /// `:re.inspect(pattern, :namelist)`: the group names in alphabetical order.
    private static func namelist(_ pattern: Term, _ item: Term) throws(GuestError) -> Term {
        let program = try RegexValue.program(of: pattern, position: 1)
        guard item == .atom("namelist") else { throw ArgumentChecks.badArgument(2, "not a valid item") }
        return .tuple(.atom("namelist"), .list(program.names.keys.sorted().map { Term.string($0) }))
    }
}
