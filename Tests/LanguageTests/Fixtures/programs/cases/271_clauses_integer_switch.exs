# Clauses chosen by a small integer in the first argument: every value in and around
# the table, values that are not small integers, gaps, repeats and guards.
defmodule Pick do
  def name(0), do: :zero
  def name(1), do: :one
  def name(3), do: :three
  def name(-1), do: :minus_one
  def name(n) when is_integer(n), do: {:other, n}
  def name(x), do: {:not_an_integer, x}

  def pair(1, :a), do: "1a"
  def pair(1, :b), do: "1b"
  def pair(2, x) when x > 10, do: "2 big"
  def pair(2, _), do: "2 small"
  def pair(n, x), do: "#{inspect(n)} #{inspect(x)}"

  def only(0), do: :zero
  def only(1), do: :one
  def only(2), do: :two

  def tail(5), do: :five
  def tail(6), do: :six
end

for x <- [-2, -1, 0, 1, 2, 3, 4, 31, 32, 0.0, 1.0, :a, "1", [1], 36_893_488_147_419_103_232, -36_893_488_147_419_103_232] do
  IO.inspect({x, Pick.name(x)})
end

IO.inspect([Pick.pair(1, :a), Pick.pair(1, :b), Pick.pair(1, :c), Pick.pair(2, 11), Pick.pair(2, 3), Pick.pair(0, 0)])
IO.inspect(Enum.map(0..2, &Pick.only/1))
IO.inspect(Pick.tail(6))

try do
  Pick.only(3)
rescue
  error -> IO.puts(Exception.message(error))
end

try do
  Pick.only(1.0)
rescue
  error -> IO.puts(Exception.message(error))
end

Pick.tail(9_223_372_036_854_775_807)
