import Testing

/// Uncaught errors print Elixir's banner and a stack trace; the expected texts are what
/// Elixir 1.14 printed for the same files, without its own `(elixir 1.14.0)` frames.
@Test func functionClauseErrorsShowTheArgumentsAndTheFunction() {
    let output = ProgramOutput(running: """
        defmodule Size do
          def of(list) when is_list(list), do: length(list)
        end
        IO.puts("start")
        Size.of(:x)
        """, file: "clause.exs")
    #expect(output.standardError == """
        ** (FunctionClauseError) no function clause matching in Size.of/1    
            
            The following arguments were given to Size.of/1:
            
                # 1
                :x
            
            clause.exs:2: Size.of/1

        """)
    #expect(output.status == 1)
}

@Test func builtinErrorsShowTheErlangCallThenTheFrames() {
    let output = ProgramOutput(running: """
        defmodule Outer do
          def run(n) do
            Enum.map([n], fn x -> helper(x) end)
          end
          defp helper(x), do: String.to_integer(x)
        end
        Outer.run("a")
        """, file: "nested.exs")
    let lines = output.standardError.split(separator: "\n", omittingEmptySubsequences: false).prefix(6)
    #expect(lines.joined(separator: "\n") == """
        ** (ArgumentError) errors were found at the given arguments:

          * 1st argument: not a textual representation of an integer

            :erlang.binary_to_integer("a")
            nested.exs:5: Outer.helper/1
        """)
}

@Test func customExceptionsReportTheirOwnMessage() {
    let output = ProgramOutput(running: """
        defmodule Oops do
          defexception [:code]
          def message(e), do: "failed with #{e.code}"
        end
        spawn(fn -> raise Oops, code: 7 end)
        Process.sleep(50)
        raise Oops, code: 8
        """, file: "custom.exs")
    #expect(output.standardOutput.contains("** (Oops) failed with 7\n    custom.exs:5: anonymous fn/0 in :elixir_compiler_0.__FILE__/1\n"))
    #expect(output.standardError == "** (Oops) failed with 8\n    custom.exs:7: (file)\n")
}

@Test func anonymousFunctionClauseErrorsNameTheEnclosingFunction() {
    let output = ProgramOutput(running: """
        f = fn :a -> 1 end
        IO.puts("x")
        f.(:b)
        """, file: "anon.exs")
    #expect(output.standardError == """
        ** (FunctionClauseError) no function clause matching in anonymous fn/1 in :elixir_compiler_0.__FILE__/1    
            
            The following arguments were given to anonymous fn/1 in :elixir_compiler_0.__FILE__/1:
            
                # 1
                :b
            
            anon.exs:1: anonymous fn/1 in :elixir_compiler_0.__FILE__/1

        """)
}

/// The frames in a fixture program's own file, which the fixture comparison drops, with the
/// lines Elixir 1.14 printed for them (its `(elixir 1.14.0) lib/...` frames are its library's,
/// where proctor prints `(proctor 0.1.0) Enum.ex:N` frames of its own).
@Test(arguments: [
    ("320_stacktrace_pipeline_stage_line", ["3: Stage.check/1", "13: (file)"]),
    ("321_stacktrace_call_arguments_span_lines", ["3: Adder.add/2", "9: (file)"]),
    ("322_stacktrace_anonymous_fn_at_top_level", ["3: anonymous fn/1 in :elixir_compiler_0.__FILE__/1", "8: (file)"]),
    ("323_stacktrace_enum_map_fn_at_top_level", ["6: anonymous fn/1 in :elixir_compiler_0.__FILE__/1", "5: (file)"]),
    ("324_stacktrace_module_function_from_top_level", [
        "17: Report.price_of/1", "11: Report.sum_prices/2", "4: Report.total/1", "22: (file)",
    ]),
    ("325_stacktrace_nested_calls_in_module", ["19: Nested.inner/1", "14: Nested.middle/2", "5: Nested.outer/1", "25: (file)"]),
    ("327_stacktrace_spawned_fns_and_captures", [
        "10: anonymous fn/2 in Tools.make_checker/1", "19: anonymous fn/0 in :elixir_compiler_0.__FILE__/1",
        "15: Tools.parse/1", "28: anonymous fn/2 in :elixir_compiler_0.__FILE__/1", "33: (file)",
    ]),
    ("328_stacktrace_pipeline_in_module_function", ["7: Parse.number/1", "14: Parse.all/1", "20: (file)"]),
    ("329_stacktrace_task_failure_reports", [
        "4: Work.check/1", "9: anonymous fn/0 in :elixir_compiler_0.__FILE__/1",
        "16: anonymous fn/0 in :elixir_compiler_0.__FILE__/1", "23: anonymous fn/0 in :elixir_compiler_0.__FILE__/1",
    ]),
    ("330_stacktrace_linked_crash_exit_report", ["15: Worker.share/1", "8: Worker.run/2"]),
    ("331_stacktrace_failed_call_first", ["3: Parse.go/1"]),
])
func framesInTheProgramsOwnFileMatchElixir(_ name: String, _ frames: [String]) {
    let fixture = ProgramFixture.all().first { $0.name == name }
    let file = name + ".exs"
    let output = ProgramOutput(running: fixture?.source ?? "", file: file)
    let printed = (output.standardOutput + output.standardError).split(separator: "\n")
        .map { $0.trimmingPrefix(while: { $0 == " " }) }
        .filter { $0.hasPrefix(file + ":") }
        .map { String($0.dropFirst(file.count + 1)) }
    #expect(printed == frames)
}
