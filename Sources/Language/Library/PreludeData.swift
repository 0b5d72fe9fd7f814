/// Keyword and Map functions that call back into guest code.
extension Prelude {
    static let dataSource = #"""
    defmodule Keyword do
      def get(list, key, default \\ nil)
      def get([{key, value} | _], key, _default), do: value
      def get([_ | rest], key, default), do: get(rest, key, default)
      def get([], _key, default), do: default
    end

    defmodule Map do
      def update!(map, key, fun) do
        case Map.fetch(map, key) do
          {:ok, value} -> Map.put(map, key, fun.(value))
          :error -> raise KeyError, key: key, term: map
        end
      end

      def update(map, key, default, fun) do
        case Map.fetch(map, key) do
          {:ok, value} -> Map.put(map, key, fun.(value))
          :error -> Map.put(map, key, default)
        end
      end
    end
    """#
}
