defmodule Macro do
  @moduledoc "Macro.escape/1, Macro.var/2 and the walks over quoted forms; to_string/1 is a builtin."

  def escape({first, second}), do: {escape(first), escape(second)}
  def escape(tuple) when is_tuple(tuple), do: {:{}, [], Enum.map(Tuple.to_list(tuple), &escape/1)}
  def escape(map) when is_map(map), do: {:%{}, [], Enum.map(Map.to_list(map), &escape/1)}
  def escape(list) when is_list(list), do: escape_list(list)
  def escape(other), do: other

  defp escape_list([]), do: []
  defp escape_list([head | tail]) when is_list(tail), do: [escape(head) | escape_list(tail)]
  defp escape_list([head | tail]), do: [{:|, [], [escape(head), escape(tail)]}]

  def var(name, context) when is_atom(name) and is_atom(context), do: {name, [], context}

  def prewalk(ast, fun), do: elem(prewalk(ast, nil, fn x, acc -> {fun.(x), acc} end), 0)
  def prewalk(ast, acc, fun), do: traverse(ast, acc, fun, fn x, a -> {x, a} end)
  def postwalk(ast, fun), do: elem(postwalk(ast, nil, fn x, acc -> {fun.(x), acc} end), 0)
  def postwalk(ast, acc, fun), do: traverse(ast, acc, fn x, a -> {x, a} end, fun)

  def traverse(ast, acc, pre, post) do
    {ast, acc} = pre.(ast, acc)
    walk(ast, acc, pre, post)
  end

  defp walk({form, meta, args}, acc, pre, post) when is_atom(form) and is_list(args) do
    {args, acc} = walk_list(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp walk({form, meta, args}, acc, pre, post) when is_list(args) do
    {form, acc} = pre.(form, acc)
    {form, acc} = walk(form, acc, pre, post)
    {args, acc} = walk_list(args, acc, pre, post)
    post.({form, meta, args}, acc)
  end

  defp walk({left, right}, acc, pre, post) do
    {left, acc} = pre.(left, acc)
    {left, acc} = walk(left, acc, pre, post)
    {right, acc} = pre.(right, acc)
    {right, acc} = walk(right, acc, pre, post)
    post.({left, right}, acc)
  end

  defp walk(list, acc, pre, post) when is_list(list) do
    {list, acc} = walk_list(list, acc, pre, post)
    post.(list, acc)
  end

  defp walk(other, acc, _pre, post), do: post.(other, acc)

  defp walk_list(list, acc, pre, post) do
    Enum.map_reduce(list, acc, fn item, acc ->
      {item, acc} = pre.(item, acc)
      walk(item, acc, pre, post)
    end)
  end
end
