/// A `~r` sigil without interpolation is compiled when the program is, as Elixir's `sigil_r`
/// macro does: a bad pattern or modifier is an error before the program runs
/// (`** (Regex.CompileError) missing ) at position 2`), not when the line is reached.
extension ExpressionCompiler {

    /// Reports the literal `~r`/`~R` sigil in `args` that does not compile.
    func checkRegexSigil(_ name: String, _ args: [SyntaxNode], node: SyntaxNode) {
        guard name == "sigil_r" || name == "sigil_R", args.count == 2, args[0].callName == "<<>>",
              let segments = args[0].arguments, segments.count == 1, case .string(let text) = segments[0].kind,
              case .list(let letterNodes) = args[1].kind
        else { return }
        let frames = ["(elixir 1.14.0) expanding macro: Kernel.\(name)/2"]
        var letters = ""
        for letter in letterNodes {
            guard case .integer(let code) = letter.kind, let scalar = Unicode.Scalar(code) else { return }
            letters.unicodeScalars.append(scalar)
        }
        guard case .success(let options) = RegexOptions.parse(modifiers: letters) else {
            let rest = RegexOptions.InvalidOption.rest(of: letters)
            compiler.report("invalid_option at position \(rest)", at: node, exception: "Regex.CompileError", frames: frames)
            return
        }
        let source = name == "sigil_r" ? RegexEscaping.unescapeSigil(Array(text.utf8)) : Array(text.utf8)
        do {
            _ = try RegexCache.program(source: source, options: options)
        } catch {
            compiler.report("\(error.message) at position \(error.position)", at: node, exception: "Regex.CompileError", frames: frames)
        }
    }
}
