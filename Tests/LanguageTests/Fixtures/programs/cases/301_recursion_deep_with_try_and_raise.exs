defmodule Nest do
  def guarded(0), do: raise(ArgumentError, "bottom reached")

  def guarded(n) do
    try do
      1 + guarded(n - 1)
    rescue
      e in RuntimeError -> {:never, e}
    end
  end

  def count(0), do: 0
  def count(n) when rem(n, 2) == 0, do: 1 + count(n - 1)
  def count(n), do: case(count(n - 1), do: (c -> c + 1))
end

result =
  try do
    Nest.guarded(200_000)
  rescue
    e in ArgumentError ->
      frames = for {module, function, arity, location} <- Enum.take(__STACKTRACE__, 2), do: {module, function, arity, location[:line]}
      {:caught, e.message, frames}
  end

IO.inspect(result)
IO.puts(Nest.count(600_000))
Nest.guarded(300_000)
