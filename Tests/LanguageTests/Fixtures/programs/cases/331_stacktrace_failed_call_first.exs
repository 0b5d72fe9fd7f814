# A failed call heads the stack trace: in __STACKTRACE__, and in the EXIT report of a linked crash.
defmodule Parse do
  def go(text), do: {:ok, String.to_integer(text)}
end

try do
  Parse.go("12x")
rescue
  _ ->
    [{module, function, arguments, _} | rest] = __STACKTRACE__
    IO.inspect({module, function, arguments})
    IO.inspect(elem(hd(rest), 1))
end

spawn_link(fn -> Parse.go("x") end)
Process.sleep(100)
IO.puts("never printed")
