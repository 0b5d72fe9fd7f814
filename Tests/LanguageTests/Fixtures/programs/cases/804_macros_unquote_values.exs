# unquote injects values into the quoted form
x = 5
IO.inspect(quote do: unquote(x) + 1)
name = :hello
IO.inspect(quote do: unquote(name)(1, 2))
ast = quote do: a + b
IO.inspect(quote do: unquote(ast) * 2)
list = [1, 2]
IO.inspect(quote do: unquote(list))
IO.inspect(quote do: {unquote(x), unquote(name)})
