import Foundation
import Testing

/// Issue 13, item 2, through the real binary: iex's helpers on the learner's own files
/// (`c/1`, `r/1`, `import_file/1`, paths relative to the folder proctor runs in) and `v/0,1`.
@Suite struct IexHelpersTests {
    @Test func cRAndImportFileReadTheLearnersFilesAndVGivesResults() throws {
        let proctor = try ProctorBinary.fresh(user: "hugo")
        try proctor.write("defmodule Doubler do\n  def double(x), do: x * 2\nend\nIO.puts(\"loaded\")\n", to: "doubler.exs")
        let input = ["c(\"doubler.exs\")", "Doubler.double(4)", "r(Doubler)", "import_file(\"doubler.exs\")", "v(2) * 10", "c(\"missing.exs\")"]
        let result = try proctor.run(["iex"], input: input.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.all)")
        #expect(result.standardOutput.contains("""
            iex(1)> loaded
            [Doubler]
            iex(2)> 8
            iex(3)> loaded
            {:reloaded, [Doubler]}
            iex(4)> loaded
            :ok
            iex(5)> 80
            iex(6)> ** (ArgumentError) could not find files missing.exs
            """), "\(result.all)")
        #expect(result.standardError.contains("warning: redefining module Doubler (current version defined in memory)"), "\(result.all)")
    }
}

extension IexHelpersTests {
    @Test func hAndIAnswerAsIexDoes() throws {
        let proctor = try ProctorBinary.fresh(user: "hana")
        let result = try proctor.run(["iex"], input: "h(Process.sleep)\ni(\"hi\")\n")
        #expect(result.standardOutput.contains("""
            iex(1)> 
                                           def sleep(timeout)

              @spec sleep(timeout()) :: :ok

            Sleeps the current process for the given `timeout`.
            """), "\(result.all)")
        #expect(result.standardOutput.contains("""
            iex(2)> Term
              "hi"
            Data type
              BitString
            Byte size
              2
            Description
              This is a string: a UTF-8 encoded binary. It's printed surrounded by
              "double quotes" because all UTF-8 encoded code points in it are printable.
            Raw representation
              <<104, 105>>
            Reference modules
              String, :binary
            Implemented protocols
              Collectable, IEx.Info, Inspect, List.Chars, String.Chars
            iex(3)> 
            """), "\(result.all)")
    }
}
