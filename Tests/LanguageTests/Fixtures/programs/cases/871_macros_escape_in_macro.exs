# a macro precomputes a table at compile time and injects it with Macro.escape
defmodule Table do
  defmacro squares(n) do
    table = Map.new(1..n, fn i -> {i, i * i} end)
    quote do
      unquote(Macro.escape(table))
    end
  end
end

defmodule Use do
  require Table
  def lookup(i), do: Map.get(Table.squares(5), i)
end

IO.inspect(Use.lookup(4))
IO.inspect(Use.lookup(9))
