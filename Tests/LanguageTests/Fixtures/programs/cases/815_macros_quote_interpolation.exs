# interpolation and attributes in quoted form
IO.inspect(quote do: "a#{x}b")
IO.inspect(quote do: &(&1 + 1))
IO.inspect(quote do: __MODULE__)
