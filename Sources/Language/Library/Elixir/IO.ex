# IO functions written in Elixir: `inspect/2`, which asks a user struct's `Inspect`
# implementation for its document before printing (`puts` and `write` are builtins).
defmodule IO do
  def inspect(term, opts \\ []) do
    :proctor.io_inspect(Inspect.Rendered.prepare(term, opts), opts)
    term
  end
end
