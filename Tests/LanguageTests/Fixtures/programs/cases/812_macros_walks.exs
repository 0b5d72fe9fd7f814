# Macro.prewalk and Macro.postwalk over quoted forms
ast = quote do: 1 + 2 * 3
doubled = Macro.prewalk(ast, fn
  n when is_integer(n) -> n * 2
  other -> other
end)
IO.puts(Macro.to_string(doubled))
{_, numbers} = Macro.postwalk(ast, [], fn
  n, acc when is_integer(n) -> {n, [n | acc]}
  other, acc -> {other, acc}
end)
IO.inspect(Enum.reverse(numbers))
{_, order} = Macro.prewalk(ast, [], fn
  {op, _, _} = node, acc -> {node, [op | acc]}
  other, acc -> {other, acc}
end)
IO.inspect(Enum.reverse(order))
