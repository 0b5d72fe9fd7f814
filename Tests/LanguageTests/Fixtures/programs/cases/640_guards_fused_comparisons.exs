# Guards and conditions made only of comparisons compile to fused compare-and-branch
# instructions; they must keep Elixir's term order and its == / === distinction.
defmodule Classify do
  def size(n) when n < 0, do: :negative
  def size(n) when n >= 0 and n < 10, do: :small
  def size(n) when n >= 10 and n <= 1_000_000_000_000_000_000_000, do: :large
  def size(_), do: :huge

  def same(a, b) when a === b, do: :identical
  def same(a, b) when a == b, do: :equal
  def same(a, b) when a != b and a !== b, do: :different

  def order(a, b) when a < b, do: :before
  def order(a, b) when a > b, do: :after
  def order(_, _), do: :same

  def range(first, last, step, acc) when step > 0 and first > last, do: Enum.reverse(acc)
  def range(first, last, step, acc) when step < 0 and first < last, do: Enum.reverse(acc)
  def range(first, last, step, acc), do: range(first + step, last, step, [first | acc])

  def label(x) do
    cond do
      x == :ok -> "ok atom"
      x > 100 -> "big"
      x <= 1.5 -> "at most 1.5"
      true -> "other"
    end
  end
end

for n <- [-3, 0, 9, 10, 2.5, 10_000_000_000_000_000_000_000, :atom, "text"] do
  IO.inspect({n, Classify.size(n)})
end

for {a, b} <- [{1, 1}, {1, 1.0}, {1.0, 1}, {:a, :b}, {"a", "a"}, {[1], [1.0]}, {%{a: 1}, %{a: 1.0}}] do
  IO.inspect({a, b, Classify.same(a, b)})
end

for {a, b} <- [{1, :a}, {:a, 1}, {1, 1.0}, {{1, 2}, [1]}, {"b", "a"}, {nil, false}, {self(), make_ref()}] do
  IO.inspect(Classify.order(a, b))
end

IO.inspect(Classify.range(1, 10, 3, []))
IO.inspect(Classify.range(10, 1, -4, []))
IO.inspect(Classify.range(1.0, 2, 0.5, []))
IO.inspect(Enum.map([:ok, 101, 1, 1.5, 2, "s"], &Classify.label/1))
if 1 < 2 and 2.0 == 2, do: IO.puts("if fused"), else: IO.puts("not fused")
IO.puts(if :a > 1, do: "atoms after numbers", else: "wrong order")
