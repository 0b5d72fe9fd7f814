# Access: `Access.get/2` (what `m[k]` calls), `fetch`, `get_and_update`, and the accessors (`all/0`,
# `at/1`, `key/2`, ...) a key path takes.
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

  def filter(fun) when is_function(fun) do
    fn
      :get, data, next when is_list(data) -> data |> Enum.filter(fun) |> Enum.map(next)
      :get_and_update, data, next when is_list(data) -> update_filtered(data, fun, next, [], [])
      _operation, data, _next -> raise "Access.filter/1 expected a list, got: #{inspect(data)}"
    end
  end
  defp update_filtered([], _fun, _next, updates, gets), do: {:lists.reverse(gets), :lists.reverse(updates)}
  defp update_filtered([item | rest], fun, next, updates, gets) do
    if fun.(item) do
      case next.(item) do
        {get, update} -> update_filtered(rest, fun, next, [update | updates], [get | gets])
        :pop -> update_filtered(rest, fun, next, updates, [item | gets])
      end
    else
      update_filtered(rest, fun, next, [item | updates], gets)
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
