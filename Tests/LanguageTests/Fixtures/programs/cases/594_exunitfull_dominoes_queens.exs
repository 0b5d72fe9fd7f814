defmodule Dominoes do
  @type domino :: {1..6, 1..6}

  @doc "chain?/1 takes a list of domino stones and returns boolean indicating if it's possible to make a full chain"
  @spec chain?(dominoes :: [domino]) :: boolean
  def chain?([]), do: true
  def chain?([{a, b} | rest]), do: chain(b, rest, a)

  defp chain(last, [], first), do: last == first

  defp chain(last, stones, first) do
    stones
    |> Enum.with_index()
    |> Enum.any?(fn
      {{^last, y}, i} -> chain(y, List.delete_at(stones, i), first)
      {{x, ^last}, i} -> chain(x, List.delete_at(stones, i), first)
      _ -> false
    end)
  end
end

defmodule Queens do
  def solve(n), do: place(n, 0, [])

  defp place(n, n, acc), do: [Enum.reverse(acc)]

  defp place(n, row, acc) do
    for col <- 0..(n - 1), safe?(col, acc), sol <- place(n, row + 1, [col | acc]), do: sol
  end

  defp safe?(col, placed) do
    placed
    |> Enum.with_index(1)
    |> Enum.all?(fn {c, d} -> c != col and abs(c - col) != d end)
  end
end

ExUnit.start(seed: 0)

defmodule PuzzleTest do
  use ExUnit.Case

  test "dominoes" do
    assert Dominoes.chain?([{1, 2}, {3, 1}, {2, 3}])
    refute Dominoes.chain?([{1, 2}, {4, 1}, {2, 3}])
    assert Dominoes.chain?([{1, 2}, {2, 3}, {3, 1}, {2, 4}, {2, 4}])
  end

  test "queens" do
    assert length(Queens.solve(6)) == 4
    assert length(Queens.solve(8)) == 92
    assert hd(Queens.solve(4)) == [1, 3, 0, 2]
  end

  test "wrong count" do
    assert length(Queens.solve(5)) == 12
  end
end
