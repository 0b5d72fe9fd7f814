# IO functions written in Elixir: `puts/1`, which turns a user struct into text with its
# `String.Chars` implementation, and `inspect/2`, which asks a user struct's `Inspect`
# implementation for its document before printing (`write` is a builtin).
defmodule IO do
  def puts(%{__struct__: _} = item), do: :proctor.puts(String.Chars.to_string(item))
  def puts(item), do: :proctor.puts(item)

  def inspect(term, opts \\ []) do
    :proctor.io_inspect(Inspect.Rendered.prepare(term, opts), opts)
    term
  end
end
