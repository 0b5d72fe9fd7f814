/// The `Code` functions that compile files or modules while the program runs (`Code.compile_string/1`,
/// `Code.require_file/1`, ...): proctor compiles a file before it runs and reaches no file system,
/// so a call of one is a compile error naming it rather than a failure later. (`Code.eval_string`
/// and `Code.eval_quoted` are supported: see `CodeEvaluationBuiltins`.)
enum CodeEvaluation {
    private static let names: Set<String> = [
        "eval_file", "compile_string", "compile_quoted", "compile_file", "require_file",
    ]

    /// The error for a call of `function/arity` of `module`, or nil when it is not one of them.
    static func refusal(module: String, function: String, arity: Int) -> String? {
        guard module == "Elixir.Code", names.contains(function) else { return nil }
        return "Code.\(function)/\(arity) is not supported by proctor: it compiles a file before running it and compiles no files or modules at run time (build the code with a macro instead, or evaluate an expression with Code.eval_string/3)"
    }
}
