import Testing

/// `exit(:kill)` is an ordinary exit reason; `Process.exit(p, :kill)` kills `p` with `:killed`.
/// The expected output is what Elixir 1.14 printed for the same program.
@Test func exitKillDiffersFromProcessExitKill() {
    let output = ProgramOutput(running: """
        defmodule K do
          def run do
            Process.flag(:trap_exit, true)
            p = spawn_link(fn -> exit(:kill) end)
            receive do
              {:EXIT, ^p, reason} -> IO.inspect(reason, label: "trapped")
            end
            q = spawn(fn -> Process.sleep(1000) end)
            ref = Process.monitor(q)
            Process.exit(q, :kill)
            receive do
              {:DOWN, ^ref, :process, ^q, reason} -> IO.inspect(reason, label: "down")
            end
            r = spawn(fn ->
              spawn_link(fn -> exit(:kill) end)
              Process.sleep(1000)
            end)
            ref2 = Process.monitor(r)
            receive do
              {:DOWN, ^ref2, :process, ^r, reason} -> IO.inspect(reason, label: "linked to exit(:kill)")
            end
            IO.inspect(try do exit(:kill) catch :exit, r -> r end)
          end
        end
        K.run()
        """)
    #expect(output.standardOutput == "trapped: :kill\ndown: :killed\nlinked to exit(:kill): :kill\n:kill\n")
}
