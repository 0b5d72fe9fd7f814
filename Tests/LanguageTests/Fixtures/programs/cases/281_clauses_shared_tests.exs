# Clauses that test the same shape: a clause that fails after some of its tests passed
# continues in the next clause past the same tests; every outcome must stay Elixir's.
defmodule Shapes do
  def token({:token, 0, who}), do: {:zero, who}
  def token({:token, n, who}) when n > 100, do: {:big, n, who}
  def token({:token, n, who}) when is_integer(n), do: {:small, n, who}
  def token({:token, n, _}), do: {:other, n}
  def token({:tick, n}), do: {:tick, n}
  def token({a, b, c}), do: {:three, a, b, c}
  def token(other), do: {:unknown, other}

  # A guard that raises is false; the next clause still sees the whole tuple.
  def sized({:box, list}) when length(list) > 2, do: {:long, list}
  def sized({:box, value}) when tuple_size(value) == 2, do: {:pair, value}
  def sized({:box, value}), do: {:plain, value}

  # Nested tuples and a repeated variable.
  def nested({:a, {x, x}}), do: {:same, x}
  def nested({:a, {x, y}}), do: {:different, x, y}
  def nested({:a, {x, y, z}}), do: {:triple, x, y, z}
  def nested({:a, [head | _]}), do: {:list, head}
  def nested({:b, <<"ab", rest::binary>>}), do: {:binary, rest}
  def nested({:b, <<first, _::binary>>}), do: {:byte, first}
  def nested({:b, %{key: value}}), do: {:map, value}
  def nested({:b, other}), do: {:b, other}
end

for value <- [
      {:token, 0, :me},
      {:token, 500, :me},
      {:token, 5, :me},
      {:token, 5.0, :me},
      {:token, :x, :me},
      {:tick, 3},
      {:tock, 1, 2},
      {:token, 1},
      :token,
      [:token, 0, :me]
    ] do
  IO.inspect(Shapes.token(value))
end

for value <- [{:box, [1, 2, 3]}, {:box, [1]}, {:box, {1, 2}}, {:box, :atom}, {:box, {1, 2, 3}}] do
  IO.inspect(Shapes.sized(value))
end

for value <- [
      {:a, {1, 1}},
      {:a, {1, 2}},
      {:a, {1, 2, 3}},
      {:a, [9, 8]},
      {:b, "abc"},
      {:b, "xyz"},
      {:b, %{key: 1}},
      {:b, %{other: 1}},
      {:b, ""}
    ] do
  IO.inspect(Shapes.nested(value))
end

# The same in case and receive: selective receive keeps its order and skips what no clause takes.
parent = self()

pid =
  spawn(fn ->
    receive do
      :go -> :ok
    end

    for _ <- 1..4 do
      receive do
        {:token, 0, from} -> send(parent, {:zero, from == parent})
        {:token, n, _} when n > 10 -> send(parent, {:big, n})
        {:token, n, _} when rem(n, 2) == 0 -> send(parent, {:even, n})
        {:other, n} -> send(parent, {:other, n})
      end
    end

    receive do
      {:token, n, _} -> send(parent, {:left, n})
    after
      0 -> send(parent, :nothing_left)
    end
  end)

send(pid, {:token, 3, parent})
send(pid, {:token, 12, parent})
send(pid, {:other, 1})
send(pid, {:token, 4, parent})
send(pid, {:token, 0, parent})
send(pid, :go)

for _ <- 1..5 do
  receive do
    reply -> IO.inspect(reply)
  end
end

classify = fn value ->
  case value do
    {:ok, n} when n < 0 -> :negative
    {:ok, 0} -> :zero
    {:ok, n} when is_integer(n) -> :positive
    {:ok, _} -> :not_integer
    {:error, reason} -> {:error, reason}
    _ -> :unknown
  end
end

IO.inspect(Enum.map([{:ok, -1}, {:ok, 0}, {:ok, 7}, {:ok, "7"}, {:error, :x}, {:ok}, nil], classify))

case {:token, 7, :me} do
  {:token, 0, _} -> :zero
  {:token, n, _} when n > 100 -> :big
end
