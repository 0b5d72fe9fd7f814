import Foundation
import Testing

/// `proctor iex FILE.exs` runs the file first, as `iex FILE.exs` does (outputs recorded from iex 1.14).
@Suite struct IexFileTests {
    @Test func theFileRunsBeforeTheBannerAndItsModulesAreThere() throws {
        let proctor = try ProctorBinary.fresh(user: "iexfile")
        try proctor.write("IO.puts(\"top\")\ndefmodule D do\n  def x, do: 1\nend\n", to: "d2.exs")

        let result = try proctor.run(["iex", "d2.exs"], input: "D.x()\n")

        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("top\nInteractive Elixir (1.14.0)"), "\(result.all)")
        #expect(result.standardOutput.contains("iex(1)> 1\n"), "\(result.all)")
    }

    @Test func aFileThatFailsEndsBeforeTheShell() throws {
        let proctor = try ProctorBinary.fresh(user: "iexfile")
        try proctor.write("raise \"boom\"\n", to: "r.exs")

        let result = try proctor.run(["iex", "r.exs"], input: "1\n")

        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("** (RuntimeError) boom\n    r.exs:1: (file)"), "\(result.all)")
        #expect(!result.standardOutput.contains("Interactive Elixir"), "\(result.all)")
    }

    @Test func aMissingFileSaysSo() throws {
        let proctor = try ProctorBinary.fresh(user: "iexfile")
        let result = try proctor.run(["iex", "nofile.exs"], input: "1\n")
        #expect(result.status == 1)
        #expect(result.standardError.contains("could not read file \"nofile.exs\""), "\(result.all)")
    }
}
