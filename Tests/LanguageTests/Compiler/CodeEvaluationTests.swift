import Testing

/// `Code` functions that compile files or modules at run time are refused when the file compiles,
/// naming the function; `Code.eval_string/2` is not among them.
@Test func compilingCodeAtRunTimeIsRefusedButEvaluatingIsNot() {
    let refused = ProgramOutput(running: """
        Code.compile_string("defmodule A do end")
        """)
    #expect(refused.status == 1)
    #expect(refused.standardError.contains("Code.compile_string/1 is not supported by proctor"))
    let evaluated = ProgramOutput(running: """
        IO.inspect(Code.eval_string("a * 2", a: 21))
        """)
    #expect(evaluated.standardOutput == "{42, [a: 21]}\n")
}
