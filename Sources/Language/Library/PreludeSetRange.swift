/// MapSet (a struct over a map) and Range functions written in Elixir.
extension Prelude {
    static let setRangeSource = #"""
    defmodule MapSet do
      defstruct map: %{}, version: 2
      def new(), do: %MapSet{}
      def new(enumerable), do: %MapSet{map: Map.from_keys(Enum.to_list(enumerable), [])}
      def new(enumerable, fun), do: new(Enum.map(enumerable, fun))
      def put(%MapSet{map: map}, value), do: %MapSet{map: Map.put(map, value, [])}
      def delete(%MapSet{map: map}, value), do: %MapSet{map: Map.delete(map, value)}
      def member?(%MapSet{map: map}, value), do: Map.has_key?(map, value)
      def size(%MapSet{map: map}), do: map_size(map)
      def to_list(%MapSet{map: map}), do: Map.keys(map)
      def union(%MapSet{map: left}, %MapSet{map: right}), do: %MapSet{map: Map.merge(left, right)}
      def intersection(%MapSet{map: left}, %MapSet{map: right}), do: %MapSet{map: Map.take(left, Map.keys(right))}
      def difference(%MapSet{map: left}, %MapSet{map: right}), do: %MapSet{map: Map.drop(left, Map.keys(right))}
      def subset?(%MapSet{map: left}, %MapSet{map: right}), do: Enum.all?(Map.keys(left), fn key -> Map.has_key?(right, key) end)
      def disjoint?(%MapSet{map: left}, %MapSet{map: right}), do: not Enum.any?(Map.keys(left), fn key -> Map.has_key?(right, key) end)
      def equal?(%MapSet{map: left}, %MapSet{map: right}), do: Map.keys(left) === Map.keys(right)
      def filter(set, fun), do: set |> to_list() |> Enum.filter(fun) |> new()
      def reject(set, fun), do: set |> to_list() |> Enum.reject(fun) |> new()
    end

    defmodule Range do
      def size(%Range{first: first, last: last, step: step}) when step > 0 and first > last, do: 0
      def size(%Range{first: first, last: last, step: step}) when step < 0 and first < last, do: 0
      def size(%Range{first: first, last: last, step: step}), do: div(last - first, step) + 1
      def disjoint?(left, right) do
        Range.size(left) == 0 or Range.size(right) == 0 or
          not Enum.any?(left, fn x -> Enum.member?(right, x) end)
      end
    end
    """#
}
