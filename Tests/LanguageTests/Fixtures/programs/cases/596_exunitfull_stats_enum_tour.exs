defmodule Stats do
  def mean([]), do: nil
  def mean(xs), do: Enum.sum(xs) / length(xs)

  def median(xs) do
    sorted = Enum.sort(xs)
    n = length(sorted)
    mid = div(n, 2)
    if rem(n, 2) == 1, do: Enum.at(sorted, mid), else: (Enum.at(sorted, mid - 1) + Enum.at(sorted, mid)) / 2
  end

  def mode(xs) do
    freqs = Enum.frequencies(xs)
    max = freqs |> Map.values() |> Enum.max()
    for {x, ^max} <- freqs, do: x
  end

  def stddev(xs) do
    m = mean(xs)
    xs |> Enum.map(&:math.pow(&1 - m, 2)) |> mean() |> :math.sqrt()
  end
end

ExUnit.start(seed: 0)

defmodule StatsTest do
  use ExUnit.Case

  @data [2, 4, 4, 4, 5, 5, 7, 9]

  test "basics" do
    assert Stats.mean(@data) == 5.0
    assert Stats.median(@data) == 4.5
    assert Stats.mode(@data) == [4]
    assert Stats.stddev(@data) == 2.0
  end

  test "enum tour" do
    IO.inspect(Enum.group_by(@data, &rem(&1, 2)))
    IO.inspect(Enum.chunk_by(@data, & &1))
    IO.inspect(Enum.split_with(@data, &(&1 > 4)))
    IO.inspect(Enum.min_max(@data))
    IO.inspect(Enum.sort(@data, :desc))
    IO.inspect(Enum.dedup(@data))
    IO.inspect(Enum.zip([1, 2, 3], [:a, :b]))
    IO.inspect(Enum.unzip([{1, :a}, {2, :b}]))
    IO.inspect(Enum.flat_map_reduce([1, 2, 3], 0, fn x, acc -> {[x, x], acc + x} end))
    IO.inspect(Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, acc + x} end))
    IO.inspect(Enum.scan(1..5, &(&1 + &2)))
    IO.inspect(Enum.slide([1, 2, 3, 4, 5], 1, 3))
    IO.inspect(Enum.product([2, 3, 4]))
    IO.inspect(Enum.count_until(1..100, 5))
    IO.inspect(Enum.reduce(1..4, &*/2))
    IO.inspect(Enum.intersperse([1, 2, 3], 0))
    IO.inspect(Enum.into([a: 1], %{b: 2}))
    IO.inspect(Enum.slice(1..10, 2, 3))
    IO.inspect(Enum.take(@data, -2))
    IO.inspect(Enum.find_value(@data, &(&1 > 4 && &1 * 100)))
    IO.inspect(Enum.uniq_by(@data, &div(&1, 3)))
    IO.inspect(Enum.zip_reduce([1, 2], [3, 4], 0, fn a, b, acc -> acc + a * b end))
    IO.inspect(Enum.sum([1.5, 2]))
    IO.inspect(Enum.join([1, :two, "three"], "-"))
    IO.inspect(Enum.chunk_every([1, 2, 3, 4, 5], 2, 2, :discard))
    IO.inspect(Enum.max_by(["aa", "b", "ccc"], &String.length/1))
    IO.inspect(Enum.sort_by([%{n: 2}, %{n: 1}], & &1.n, :desc))
    IO.inspect(Enum.reverse([1, 2, 3], [4, 5]))
    IO.inspect(Enum.at([1], 5, :none))
    IO.inspect(Enum.empty?(%{}))
  end

  test "empty mean" do
    assert Stats.mean([]) == 0
  end

  test "enum on empty" do
    Enum.max([])
  end
end
