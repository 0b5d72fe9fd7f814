/// Kernel's struct builders and nested-access functions (`get_in`, `put_in`, `update_in`, ...), and
/// the Access accessors (`Access.all/0`, `at/1`, `key/2`, ...) they take in a key path.
extension Prelude {
    static let kernelAccessSource = #"""
      end
      defp build_struct(module, fields, false) when is_atom(module),
        do: build_struct(:proctor.struct_defaults(module), fields, false)
      defp build_struct(%{__struct__: _} = struct, fields, strict?) do
        Enum.reduce(fields, struct, fn {key, value}, acc ->
          cond do
            key != :__struct__ and Map.has_key?(acc, key) -> Map.put(acc, key, value)
            strict? -> raise KeyError, key: key
            true -> acc
          end
        end)
      end
      def is_struct(term, name), do: is_map(term) and Map.get(term, :__struct__) == name and is_atom(name)

      def get_in(data, []), do: data
      def get_in(data, [accessor | rest]) when is_function(accessor, 3), do: accessor.(:get, data, fn inner -> get_in(inner, rest) end)
      def get_in(nil, [_ | rest]), do: get_in(nil, rest)
      def get_in(data, [key | rest]), do: get_in(Access.get(data, key), rest)

      def get_and_update_in(data, [accessor], fun) when is_function(accessor, 3), do: accessor.(:get_and_update, data, fun)
      def get_and_update_in(data, [key], fun), do: Access.get_and_update(data, key, fun)
      def get_and_update_in(data, [accessor | rest], fun) when is_function(accessor, 3),
        do: accessor.(:get_and_update, data, fn inner -> get_and_update_in(inner, rest, fun) end)
      def get_and_update_in(data, [key | rest], fun),
        do: Access.get_and_update(data, key, fn inner -> get_and_update_in(inner, rest, fun) end)

      def put_in(data, keys, value), do: elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
      def update_in(data, keys, fun), do: elem(get_and_update_in(data, keys, fn current -> {nil, fun.(current)} end), 1)
      def pop_in(nil, [_ | _]), do: {nil, nil}
      def pop_in(data, keys), do: get_and_update_in(data, keys, fn _ -> :pop end)
    end

    defmodule Access do
      def get(container, key, default \\ nil)
      def get(%{__struct__: module}, _key, _default), do: raise(UndefinedFunctionError, module: module, function: :fetch, arity: 2, reason: not_access(module))
      def get(%{} = map, key, default), do: Map.get(map, key, default)
      def get(list, key, default) when is_list(list) and is_atom(key), do: Keyword.get(list, key, default)
      def get(list, key, _default) when is_list(list),
        do: raise(ArgumentError, "the Access calls for keywords expect the key to be an atom, got: " <> inspect(key))
      def get(nil, _key, default), do: default

      def fetch(%{__struct__: module}, _key), do: raise(UndefinedFunctionError, module: module, function: :fetch, arity: 2, reason: not_access(module))
      def fetch(%{} = map, key), do: Map.fetch(map, key)
      def fetch(list, key) when is_list(list), do: Keyword.fetch(list, key)
      def fetch(nil, _key), do: :error

      def get_and_update(%{__struct__: module}, _key, _fun),
        do: raise(UndefinedFunctionError, module: module, function: :get_and_update, arity: 3, reason: not_access(module))
      def get_and_update(%{} = map, key, fun), do: Map.get_and_update(map, key, fun)
      def get_and_update(list, key, fun) when is_list(list) do
        current = Keyword.get(list, key)
        case fun.(current) do
          {get, update} -> {get, Keyword.put(list, key, update)}
          :pop -> {current, Keyword.delete(list, key)}
        end
      end
      def get_and_update(nil, key, fun) do
        case fun.(nil) do
          {get, update} -> {get, %{key => update}}
          :pop -> {nil, nil}
        end
      end

      defp not_access(module) do
        inspect(module) <> " does not implement the Access behaviour. " <>
          "If you are using get_in/put_in/update_in, you can specify the field to be accessed using Access.key!/1"
      end

      def all() do
        fn
          :get, data, next -> Enum.map(data, next)
          :get_and_update, data, next -> update_all(data, next)
        end
      end
      defp update_all(data, next) do
        {gets, updates} =
          Enum.reduce(data, {[], []}, fn item, {gets, updates} ->
            case next.(item) do
              {get, update} -> {[get | gets], [update | updates]}
              :pop -> {[item | gets], updates}
            end
          end)
        {:lists.reverse(gets), :lists.reverse(updates)}
      end

      def at(index) when is_integer(index) do
        fn
          :get, data, next -> next.(Enum.at(data, index))
          :get_and_update, data, next -> update_at(data, index, next)
        end
      end
      defp update_at(data, index, next) do
        index = if index < 0, do: length(data) + index, else: index
        case index >= 0 and Enum.split(data, index) do
          {front, [item | back]} ->
            case next.(item) do
              {get, update} -> {get, front ++ [update | back]}
              :pop -> {item, front ++ back}
            end
          _ -> {nil, data}
        end
      end

      def elem(index) when is_integer(index) do
        fn
          :get, data, next -> next.(Kernel.elem(data, index))
          :get_and_update, data, next ->
            {get, update} = next.(Kernel.elem(data, index))
            {get, put_elem(data, index, update)}
        end
      end

      def key(key, default \\ nil) do
        fn
          :get, data, next -> next.(Map.get(data, key, default))
          :get_and_update, data, next ->
            value = Map.get(data, key, default)
            case next.(value) do
              {get, update} -> {get, Map.put(data, key, update)}
              :pop -> {value, Map.delete(data, key)}
            end
        end
      end

      def key!(key) do
        fn
          :get, data, next -> next.(Map.fetch!(data, key))
          :get_and_update, data, next ->
            value = Map.fetch!(data, key)
            case next.(value) do
              {get, update} -> {get, Map.put(data, key, update)}
              :pop -> {value, Map.delete(data, key)}
            end
        end
      end
    end
    """#
}
