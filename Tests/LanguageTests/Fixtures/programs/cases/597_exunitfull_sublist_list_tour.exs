defmodule Sublist do
  @doc "Returns whether the first list is a sublist or a superlist of the second list."
  def compare(a, b) when a === b, do: :equal

  def compare(a, b) do
    cond do
      sublist?(a, b) -> :sublist
      sublist?(b, a) -> :superlist
      true -> :unequal
    end
  end

  defp sublist?([], _), do: true
  defp sublist?(a, b) when length(a) > length(b), do: false
  defp sublist?(a, [_ | t] = b), do: List.starts_with?(b, a) or sublist?(a, t)
end

defmodule ListTour do
  def run do
    IO.inspect(List.flatten([1, [2, [3, [4]]]]))
    IO.inspect(List.foldl([1, 2, 3], 0, &(&1 + &2)))
    IO.inspect(List.foldr([1, 2, 3], [], &[&1 | &2]))
    IO.inspect(List.keyfind([a: 1, b: 2], :b, 0))
    IO.inspect(List.keystore([a: 1], :b, 0, {:b, 2}))
    IO.inspect(List.keydelete([a: 1, b: 2], :a, 0))
    IO.inspect(List.keysort([{3, :c}, {1, :a}], 0))
    IO.inspect(List.insert_at([1, 2, 3], 1, :x))
    IO.inspect(List.replace_at([1, 2, 3], -1, :z))
    IO.inspect(List.update_at([1, 2, 3], 0, &(&1 * 100)))
    IO.inspect(List.delete_at([1, 2, 3], 1))
    IO.inspect(List.wrap(nil))
    IO.inspect(List.wrap(:a))
    IO.inspect(List.last([1, 2, 3]))
    IO.inspect(List.first([]))
    IO.inspect(List.zip([[1, 2], [3, 4]]))
    IO.inspect(List.duplicate(:ok, 3))
    IO.inspect(List.to_tuple([1, 2]))
    IO.inspect(List.pop_at([1, 2, 3], 1))
    IO.inspect(List.ascii_printable?('abc'))
    IO.inspect(List.improper?([1 | 2]))
  end
end

ExUnit.start(seed: 0)

defmodule SublistTest do
  use ExUnit.Case

  test "compare" do
    assert Sublist.compare([], []) == :equal
    assert Sublist.compare([1, 2, 3], [0, 1, 2, 3, 4]) == :sublist
    assert Sublist.compare([0, 1, 2, 3, 4], [2, 3]) == :superlist
    assert Sublist.compare([1, 2], [1.0, 2.0]) == :unequal
  end

  test "huge" do
    assert Sublist.compare(Enum.to_list(1_000..2_000), Enum.to_list(1..10_000)) == :sublist
  end

  test "tour" do
    ListTour.run()
  end

  test "wrong" do
    assert Sublist.compare([1, 3], [1, 2, 3]) == :sublist
  end
end
