# __STACKTRACE__ inside rescue and catch: the innermost frames, as {module, function, arity, location}.
defmodule Shapes do
  def area({:square, side}), do: side * side
  def area(shape), do: scale(shape) + 1
  defp scale(shape), do: shape.size

  def risky(n) do
    if n > 2, do: throw({:too_big, n}), else: n
  end
end

try do
  Shapes.area({:circle, 3})
rescue
  error ->
    [first, second | _] = __STACKTRACE__
    IO.inspect(error.__struct__)
    IO.inspect(first)
    IO.inspect(second)
end

try do
  Enum.map(1..5, &Shapes.risky/1)
catch
  :throw, value ->
    [{module, function, arity, location} | _] = __STACKTRACE__
    IO.inspect(value)
    IO.inspect({module, function, arity, Keyword.get(location, :line)})
end

result =
  try do
    raise ArgumentError, "bad"
  rescue
    e in ArgumentError -> {Exception.message(e), is_list(__STACKTRACE__)}
  end

IO.inspect(result)
