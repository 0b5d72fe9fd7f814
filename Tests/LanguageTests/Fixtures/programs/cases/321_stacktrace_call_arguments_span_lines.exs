# A call whose arguments span several lines is reported on the line of the call.
defmodule Adder do
  def add(a, b), do: a + String.to_integer(b)
end

IO.puts(Adder.add(1, "2"))

total =
  Adder.add(
    1,
    "x"
  )

IO.puts(total)
