# iex's helpers, imported into every REPL input: `flush/0` and `h/0`.
defmodule IEx.Helpers do
  def flush do
    receive do
      message ->
        IO.inspect(message)
        flush()
    after
      0 -> :ok
    end
  end

  def h do
    IO.puts("""
    proctor iex — Elixir's interactive shell, on proctor's own runtime.

      flush()      print and remove every message in the shell's mailbox
      h()          this help
      self()       the shell's pid; send(self(), :hi) then flush() to see it

    Variables stay bound from one input to the next. Ctrl+D (or Ctrl+C) leaves.
    """)
  end
end
