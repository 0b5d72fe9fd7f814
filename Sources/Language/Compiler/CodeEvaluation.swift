/// The `Code` functions that compile or evaluate code while the program runs (`Code.eval_string/1`,
/// `Code.eval_quoted/2`, ...): proctor compiles a file before it runs and does not evaluate code
/// at run time, so a call of one is a compile error naming it rather than a failure later.
enum CodeEvaluation {
    private static let names: Set<String> = [
        "eval_string", "eval_quoted", "eval_file", "compile_string", "compile_quoted", "compile_file", "require_file",
    ]

    /// The error for a call of `function/arity` of `module`, or nil when it is not one of them.
    static func refusal(module: String, function: String, arity: Int) -> String? {
        guard module == "Elixir.Code", names.contains(function) else { return nil }
        return "Code.\(function)/\(arity) is not supported by proctor: it compiles a file before running it and evaluates no code at run time (build the code with a macro instead, or call the functions directly)"
    }
}
