# Code.eval_quoted/1,2 evaluates a quoted form; a quote's own variables are not the binding's
IO.inspect(Code.eval_quoted(quote(do: 1 + 2)))
IO.inspect(Code.eval_quoted(quote(do: var!(a) + 1), a: 41))
IO.inspect(Code.eval_quoted({:+, [], [{:a, [], nil}, 1]}, a: 41))
ast = Code.string_to_quoted!("[x, y] = [10, 20]; x * y")
IO.inspect(Code.eval_quoted(ast))
IO.inspect(Code.eval_quoted(ast, [x: 0]))
list = [1, 2, 3]
IO.inspect(Code.eval_quoted(quote(do: Enum.sum(unquote(list)))))
defmodule Gen do
  def square_ast(n), do: quote(do: unquote(n) * unquote(n))
end
IO.inspect(Code.eval_quoted(Gen.square_ast(7)))
