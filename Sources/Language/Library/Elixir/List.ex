# List functions written in Elixir.
defmodule List do
  def first(list, default \\ nil)
  def first([], default), do: default
  def first([head | _], _default), do: head
  def last(list, default \\ nil)
  def last([], default), do: default
  def last([head], _default), do: head
  def last([_ | tail], default), do: last(tail, default)
  def wrap(nil), do: []
  def wrap(list) when is_list(list), do: list
  def wrap(other), do: [other]
  def duplicate(elem, n) when is_integer(n) and n >= 0, do: duplicate(elem, n, [])
  defp duplicate(_elem, 0, acc), do: acc
  defp duplicate(elem, n, acc), do: duplicate(elem, n - 1, [elem | acc])
  def flatten(list), do: flatten(list, [])
  def flatten(list, tail), do: :lists.reverse(flatten_into(list, []), tail)
  defp flatten_into([], acc), do: acc
  defp flatten_into([head | tail], acc) when is_list(head), do: flatten_into(tail, flatten_into(head, acc))
  defp flatten_into([head | tail], acc), do: flatten_into(tail, [head | acc])
  def delete(list, elem), do: delete(list, elem, [])
  defp delete([], _elem, acc), do: :lists.reverse(acc)
  defp delete([elem | rest], elem, acc), do: :lists.reverse(acc, rest)
  defp delete([other | rest], elem, acc), do: delete(rest, elem, [other | acc])
  def foldl(list, acc, fun) when is_list(list), do: Enum.reduce(list, acc, fun)
  def foldr(list, acc, fun) when is_list(list), do: list |> :lists.reverse() |> Enum.reduce(acc, fun)
  def zip(lists), do: Enum.zip(lists)
  def insert_at(list, index, value) do
    index = if index < 0, do: max(length(list) + index + 1, 0), else: index
    {front, back} = Enum.split(list, index)
    front ++ [value | back]
  end
  def delete_at(list, index), do: elem(pop_at(list, index), 1)
  def pop_at(list, index, default \\ nil) do
    index = if index < 0, do: length(list) + index, else: index
    case index >= 0 and Enum.split(list, index) do
      {front, [value | back]} -> {value, front ++ back}
      _ -> {default, list}
    end
  end
  def replace_at(list, index, value), do: update_at(list, index, fn _ -> value end)
  def update_at(list, index, fun) do
    index = if index < 0, do: length(list) + index, else: index
    case index >= 0 and Enum.split(list, index) do
      {front, [old | back]} -> front ++ [fun.(old) | back]
      _ -> list
    end
  end
  def starts_with?(list, []) when is_list(list), do: true
  def starts_with?([head | tail], [head | prefix]), do: starts_with?(tail, prefix)
  def starts_with?(list, _prefix) when is_list(list), do: false
  def improper?(list) when is_list(list), do: not proper?(list)
  defp proper?([]), do: true
  defp proper?([_ | tail]), do: proper?(tail)
  defp proper?(_), do: false
  def keyfind([], _key, _position), do: nil
  def keyfind([tuple | rest], key, position) do
    if is_tuple(tuple) and tuple_size(tuple) > position and elem(tuple, position) == key,
      do: tuple,
      else: keyfind(rest, key, position)
  end
  def keyfind(list, key, position, default), do: keyfind(list, key, position) || default
  def keymember?(list, key, position), do: keyfind(list, key, position) != nil
  def keydelete(list, key, position), do: delete_first(list, fn tuple -> key_at?(tuple, key, position) end)
  def keyreplace(list, key, position, new) do
    {front, back} = Enum.split_while(list, fn tuple -> not key_at?(tuple, key, position) end)
    case back do
      [_ | rest] -> front ++ [new | rest]
      [] -> list
    end
  end
  def keystore(list, key, position, new) do
    if keymember?(list, key, position), do: keyreplace(list, key, position, new), else: list ++ [new]
  end
  def keysort(list, position), do: Enum.sort_by(list, fn tuple -> elem(tuple, position) end)
  def keytake(list, key, position) do
    case keyfind(list, key, position) do
      nil -> nil
      tuple -> {tuple, keydelete(list, key, position)}
    end
  end
  defp key_at?(tuple, key, position), do: is_tuple(tuple) and tuple_size(tuple) > position and elem(tuple, position) == key
  defp delete_first(list, fun) do
    {front, back} = Enum.split_while(list, fn x -> not fun.(x) end)
    case back do
      [_ | rest] -> front ++ rest
      [] -> list
    end
  end
  def ascii_printable?(list), do: Enum.all?(list, fn c -> is_integer(c) and c >= 32 and c < 127 or c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\a] end)
end
