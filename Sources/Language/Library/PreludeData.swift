/// Keyword and Map functions written in Elixir (the ones that call back into guest code or build on the builtins).
extension Prelude {
    static let dataSource = #"""
    defmodule Keyword do
      def get(list, key, default \\ nil)
      def get([{key, value} | _], key, _default), do: value
      def get([_ | rest], key, default), do: get(rest, key, default)
      def get([], _key, default), do: default
      def fetch(list, key) when is_list(list) do
        case List.keyfind(list, key, 0) do
          {_, value} -> {:ok, value}
          nil -> :error
        end
      end
      def fetch!(list, key) when is_list(list) do
        case List.keyfind(list, key, 0) do
          {_, value} -> value
          nil -> raise KeyError, key: key, term: list
        end
      end
      def get_values(list, key) when is_list(list), do: Enum.flat_map(list, fn {k, value} -> if(k === key, do: [value], else: []) end)
      def has_key?(list, key) when is_list(list), do: List.keymember?(list, key, 0)
      def keys(list) when is_list(list), do: Enum.map(list, fn {key, _} -> key end)
      def values(list) when is_list(list), do: Enum.map(list, fn {_, value} -> value end)
      def delete(list, key) when is_list(list), do: Enum.reject(list, fn {k, _} -> k === key end)
      def put(list, key, value) when is_list(list), do: [{key, value} | delete(list, key)]
      def put_new(list, key, value), do: if(has_key?(list, key), do: list, else: [{key, value} | list])
      def new(), do: []
      def new(pairs), do: pairs |> Enum.reduce([], fn {key, value}, acc -> put(acc, key, value) end) |> :lists.reverse()
      def new(enumerable, fun), do: enumerable |> Enum.map(fun) |> new()
      def to_list(list), do: list
      def keyword?([{key, _} | rest]) when is_atom(key), do: keyword?(rest)
      def keyword?([]), do: true
      def keyword?(_), do: false
      def merge(left, right), do: Enum.reject(left, fn {key, _} -> has_key?(right, key) end) ++ right
      def merge(left, right, fun) do
        Enum.reduce(right, left, fn {key, value}, acc ->
          case fetch(acc, key) do
            {:ok, old} -> delete(acc, key) ++ [{key, fun.(key, old, value)}]
            :error -> acc ++ [{key, value}]
          end
        end)
      end
      defp put_in_place(list, key, value) do
        {before, [_ | rest]} = Enum.split_while(list, fn {k, _} -> k !== key end)
        before ++ [{key, value} | delete(rest, key)]
      end
      def update(list, key, default, fun) do
        case fetch(list, key) do
          {:ok, value} -> put_in_place(list, key, fun.(value))
          :error -> list ++ [{key, default}]
        end
      end
      def update!(list, key, fun) do
        case fetch(list, key) do
          {:ok, value} -> put_in_place(list, key, fun.(value))
          :error -> raise KeyError, key: key, term: list
        end
      end
      def take(list, keys) when is_list(list), do: Enum.filter(list, fn {key, _} -> key in keys end)
      def drop(list, keys) when is_list(list), do: Enum.reject(list, fn {key, _} -> key in keys end)
      def split(list, keys) when is_list(list), do: Enum.split_with(list, fn {key, _} -> key in keys end)
      def pop(list, key, default \\ nil) do
        case fetch(list, key) do
          {:ok, value} -> {value, delete(list, key)}
          :error -> {default, list}
        end
      end
    end

    defmodule Map do
      def new(enumerable), do: Enum.into(enumerable, %{})
      def new(enumerable, fun), do: Enum.into(enumerable, %{}, fun)
      def from_keys(keys, value), do: Enum.into(keys, %{}, fn key -> {key, value} end)
      def put_new(map, key, value), do: if(Map.has_key?(map, key), do: map, else: Map.put(map, key, value))
      def put_new_lazy(map, key, fun), do: if(Map.has_key?(map, key), do: map, else: Map.put(map, key, fun.()))
      def get_lazy(map, key, fun) do
        case Map.fetch(map, key) do
          {:ok, value} -> value
          :error -> fun.()
        end
      end
      def replace(map, key, value), do: if(Map.has_key?(map, key), do: Map.put(map, key, value), else: map)
      def replace!(map, key, value) do
        if Map.has_key?(map, key), do: Map.put(map, key, value), else: raise(KeyError, key: key, term: map)
      end
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
      def pop(map, key, default \\ nil) do
        case Map.fetch(map, key) do
          {:ok, value} -> {value, Map.delete(map, key)}
          :error -> {default, map}
        end
      end
      def pop!(map, key) do
        case Map.fetch(map, key) do
          {:ok, value} -> {value, Map.delete(map, key)}
          :error -> raise KeyError, key: key, term: map
        end
      end
      def get_and_update(map, key, fun) do
        current = Map.get(map, key)
        case fun.(current) do
          {get, update} -> {get, Map.put(map, key, update)}
          :pop -> {current, Map.delete(map, key)}
        end
      end
      def take(map, keys), do: Enum.reduce(keys, %{}, fn key, acc -> take_key(map, key, acc) end)
      defp take_key(map, key, acc) do
        case Map.fetch(map, key) do
          {:ok, value} -> Map.put(acc, key, value)
          :error -> acc
        end
      end
      def drop(map, keys), do: Enum.reduce(keys, map, fn key, acc -> Map.delete(acc, key) end)
      def split(map, keys), do: {take(map, keys), drop(map, keys)}
      def filter(map, fun), do: map |> Enum.filter(fun) |> new()
      def reject(map, fun), do: map |> Enum.reject(fun) |> new()
      def merge(left, right, fun) do
        Enum.reduce(right, left, fn {key, value}, acc ->
          case Map.fetch(acc, key) do
            {:ok, old} -> Map.put(acc, key, fun.(key, old, value))
            :error -> Map.put(acc, key, value)
          end
        end)
      end
      def from_struct(%{__struct__: _} = struct), do: Map.delete(struct, :__struct__)
      def from_struct(module) when is_atom(module), do: from_struct(module.__struct__())
      def equal?(left, right), do: left === right
    end
    """#
}
