# calling a macro without require: Elixir 1.14 warns, and the call fails when it runs
defmodule Tool do
  defmacro double(x), do: quote(do: unquote(x) * 2)
end

defmodule Use do
  def run, do: Tool.double(2)
end

IO.puts("before")
Use.run()
