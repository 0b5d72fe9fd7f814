# One receive with several patterns and guards, including a catch-all.
handle = fn ->
  receive do
    {:add, a, b} when is_number(a) and is_number(b) -> {:sum, a + b}
    {:add, _, _} -> :bad_operands
    {:neg, n} -> {:neg, -n}
    other -> {:unknown, other}
  end
end
send(self(), {:add, 1, 2})
send(self(), {:add, "1", 2})
send(self(), {:neg, 5})
send(self(), :mystery)
IO.inspect(for _ <- 1..4, do: handle.())
