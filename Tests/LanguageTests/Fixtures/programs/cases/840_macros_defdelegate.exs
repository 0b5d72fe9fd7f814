# defdelegate forwards calls to another module, as: renames
defmodule Impl do
  def sum(a, b), do: a + b
  def shout(text), do: String.upcase(text) <> "!"
end

defmodule Api do
  defdelegate sum(a, b), to: Impl
  defdelegate yell(text), to: Impl, as: :shout
  defdelegate reverse(list), to: Enum
end

IO.inspect(Api.sum(1, 2))
IO.puts(Api.yell("hi"))
IO.inspect(Api.reverse([1, 2, 3]))
