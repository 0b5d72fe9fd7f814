# calls, operators, variables and tuples in quoted form
IO.inspect(quote do: 1 + 2)
IO.inspect(quote do: x)
IO.inspect(quote do: foo(1, :a))
IO.inspect(quote do: {1, 2, 3})
IO.inspect(quote do: %{a: 1})
IO.inspect(quote do: is_atom(x))
IO.inspect(quote do: length([1]))
IO.inspect(quote do: a - b * c)
