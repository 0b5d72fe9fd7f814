defmodule Sequences do
  @spec fib() :: Enumerable.t()
  def fib, do: Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end)

  def collatz(n) do
    Stream.iterate(n, fn
      x when rem(x, 2) == 0 -> div(x, 2)
      x -> 3 * x + 1
    end)
    |> Enum.take_while(&(&1 != 1))
    |> length()
  end

  def triangles, do: Stream.scan(Stream.iterate(1, &(&1 + 1)), &(&1 + &2))

  def chunks(enum, n), do: enum |> Stream.chunk_every(n) |> Enum.to_list()
end

ExUnit.start(seed: 0)

defmodule SequencesTest do
  use ExUnit.Case

  test "fib" do
    assert Sequences.fib() |> Enum.take(10) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    assert Sequences.fib() |> Enum.at(100) == 354_224_848_179_261_915_075
  end

  test "collatz" do
    assert Sequences.collatz(27) == 111
    assert Enum.map(1..6, &Sequences.collatz/1) == [0, 1, 7, 2, 5, 8]
  end

  test "triangles" do
    assert Sequences.triangles() |> Stream.drop(3) |> Enum.take(3) == [10, 15, 21]
  end

  test "stream misc" do
    IO.inspect(Stream.zip(Stream.cycle([:a, :b]), 1..5) |> Enum.to_list())
    IO.inspect(Stream.with_index(~w(x y z), 1) |> Enum.to_list())
    IO.inspect(Stream.dedup([1, 1, 2, 2, 1]) |> Enum.to_list())
    IO.inspect(Stream.flat_map(1..3, &[&1, &1]) |> Stream.uniq() |> Enum.to_list())
    IO.inspect(Sequences.chunks(1..7, 3))
    IO.inspect(Stream.transform(1..10, 0, fn x, acc -> if acc > 10, do: {:halt, acc}, else: {[x], acc + x} end) |> Enum.to_list())
    IO.inspect(Stream.take_every(1..10, 3) |> Enum.to_list())
    IO.inspect(Stream.map(1..3, & &1) |> is_function())
  end

  test "bad" do
    assert Sequences.fib() |> Enum.take(3) == [1, 1, 2]
  end
end
