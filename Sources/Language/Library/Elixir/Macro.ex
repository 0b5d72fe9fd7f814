defmodule Macro do
  @moduledoc "Macro.escape/1, Macro.var/2, expand/2 and the walks over quoted forms; to_string/1 is a builtin."

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

  def expand(ast, env) do
    case expand_step(ast, env) do
      {expanded, true} -> expand(expanded, env)
      {same, false} -> same
    end
  end

  def expand_once(ast, env), do: elem(expand_step(ast, env), 0)

  defp expand_step({:__aliases__, meta, [head | tail]} = ast, env) when is_atom(head) do
    case Keyword.get(meta, :alias) do
      false -> {Module.concat([head | tail]), true}
      nil -> {Module.concat([caller_alias(head, env) | tail]), true}
      module when is_atom(module) -> {module, true}
      _ -> {ast, false}
    end
  end

  defp expand_step({:__MODULE__, _, context}, env) when is_atom(context), do: {env.module, true}

  defp expand_step({{:., _, [receiver, name]}, _, args} = ast, env) when is_atom(name) and is_list(args) do
    case expand(receiver, env) do
      module when is_atom(module) ->
        if module in env.requires, do: expand_macro(ast, module, name, args, env), else: {ast, false}

      _ ->
        {ast, false}
    end
  end

  defp expand_step({name, _, args} = ast, env) when is_atom(name) and is_list(args) do
    arity = length(args)
    importing = Enum.find(env.macros, fn {_module, macros} -> {name, arity} in macros end)

    case importing do
      {module, _} -> expand_macro(ast, module, name, args, env)
      nil -> {ast, false}
    end
  end

  defp expand_step(ast, _env), do: {ast, false}

  defp caller_alias(head, env) do
    short = Module.concat([head])
    Keyword.get(env.aliases, short, short)
  end

  defp expand_macro(ast, module, name, args, env) do
    macro = :"MACRO-#{name}"

    if function_exported?(module, macro, length(args) + 1) do
      {apply(module, macro, [env | args]), true}
    else
      {ast, false}
    end
  end
end
