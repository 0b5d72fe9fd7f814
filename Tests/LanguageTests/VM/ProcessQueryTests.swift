import Testing

/// `Process.list/0` and `System.halt/1`; the expected output is what Elixir 1.14 printed.
@Test func processListHoldsTheLiveProcesses() {
    let output = ProgramOutput(running: """
        defmodule L do
          def run do
            pid = spawn(fn -> Process.sleep(100) end)
            IO.inspect(pid in Process.list())
            IO.inspect(self() in Process.list())
            ref = Process.monitor(pid)
            receive do
              {:DOWN, ^ref, _, _, _} -> IO.inspect(pid in Process.list())
            end
          end
        end
        L.run()
        """)
    #expect(output.standardOutput == "true\ntrue\nfalse\n")
}

@Test func systemHaltStopsEverythingWithItsStatus() {
    let output = ProgramOutput(running: """
        IO.puts("halting with 3")
        spawn(fn -> Process.sleep(500); IO.puts("never printed") end)
        IO.inspect(1 + 1)
        System.halt(3)
        IO.puts("never printed")
        """)
    #expect(output.standardOutput == "halting with 3\n2\n")
    #expect(output.standardError == "")
    #expect(output.status == 3)
}
