# remote calls and aliases
IO.inspect(quote do: String.upcase("a"))
IO.inspect(quote do: Foo.Bar)
IO.inspect(quote do: :lists.reverse([1]))
IO.inspect(quote do: map.key)
IO.inspect(quote do: fun.(1))
