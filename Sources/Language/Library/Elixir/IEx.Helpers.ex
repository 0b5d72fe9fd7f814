# iex's helpers, imported into every REPL input: `flush/0`, `v/0`, `v/1`, `i/1` and `h/0`
# (`h/1`, `c/1`, `r/1` and `import_file/1` are the session's, typed as a whole input).
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

  def v, do: :proctor.iex_value(-1)
  def v(n), do: :proctor.iex_value(n)

  def i(term) do
    for {label, text} <- [{"Term", inspect(term, pretty: true)} | IEx.Info.info(term)] do
      IO.puts(label)
      IO.puts("  " <> String.replace(text, "\n", "\n  "))
    end
    :"do not show this result in output"
  end

  def h do
    IO.puts("""
    proctor iex — Elixir's interactive shell, on proctor's own runtime.

      flush()      print and remove every message in the shell's mailbox
      h()          this help; h(spawn), h(spawn/1), h(Task.await): the documentation of a function the course teaches
      v()          the result of the last input; v(3) of input 3, v(-2) of the one before the last
      i(term)      what a term is: its data type, and more for strings, charlists, pids, functions
      c("f.exs")   compile and run f.exs (its modules are then there); r(Mod) again for Mod's file
      import_file("f.exs")  evaluate f.exs as if you typed it (these three as a whole input)
      self()       the shell's pid; send(self(), :hi) then flush() to see it

    Variables stay bound from one input to the next. Ctrl+C stops a running input;
    twice at an empty prompt (or Ctrl+D) it leaves. Ctrl+L clears the screen.
    """)
  end
end
