# a macro used inside an anonymous function and a pipeline
defmodule Sq do
  defmacro sq(x), do: quote(do: unquote(x) * unquote(x))
end

defmodule Use do
  require Sq
  def run(list), do: list |> Enum.map(fn v -> Sq.sq(v) end) |> Enum.sum()
end

IO.inspect(Use.run([1, 2, 3]))
