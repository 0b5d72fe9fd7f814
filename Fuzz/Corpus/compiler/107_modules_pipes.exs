# The pipe operator passes the left value as the first argument.
defmodule Text do
  def shout(s), do: String.upcase(s) <> "!"
  def wrap(s, l, r), do: l <> s <> r
end
"hello" |> Text.shout() |> IO.puts()
"x" |> Text.wrap("[", "]") |> Text.wrap("<", ">") |> IO.puts()
[3, 1, 2] |> Enum.sort() |> Enum.map(&(&1 * 10)) |> IO.inspect()
r = 5 |> Kernel.+(1) |> Kernel.*(2)
IO.inspect(r)
"a,b" |> String.split(",") |> length() |> IO.inspect()
%{a: 1} |> Map.put(:b, 2) |> Map.keys() |> IO.inspect()
