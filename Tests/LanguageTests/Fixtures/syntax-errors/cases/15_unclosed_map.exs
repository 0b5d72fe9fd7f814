m = %{a: 1
IO.inspect(m)
