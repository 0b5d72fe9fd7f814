# Map literals, access and printing order.
m = %{name: "Bo", age: 7}
IO.inspect(m)
IO.inspect(m.name)
IO.inspect(m[:age])
IO.inspect(m[:missing])
mixed = %{1 => :one, "two" => 2, :three => 3.0, {4} => [4]}
IO.inspect(mixed)
IO.inspect(mixed["two"])
IO.inspect(map_size(mixed))
IO.inspect(%{b: 1, a: 2, c: 3})
IO.inspect(%{"b" => 1, "a" => 2})
IO.inspect(%{1.0 => :float, 1 => :int})
