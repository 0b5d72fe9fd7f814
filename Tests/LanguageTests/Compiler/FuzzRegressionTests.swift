import Language
import Testing

/// Inputs the libFuzzer targets (`Fuzz/`) once crashed on: each must now compile or fail with diagnostics.
@Test(arguments: [
    "__aliases__().f()",
    "x = __aliases__()\nx.y",
    "defmodule __aliases__() do\nend",
])
func fuzzFoundInputsCompileWithoutCrashing(_ source: String) {
    let program = Program()
    do {
        _ = try program.compile(source, file: "fuzz.exs")
    } catch {
        #expect(!error.messages(file: "fuzz.exs", source: source).isEmpty)
    }
}
