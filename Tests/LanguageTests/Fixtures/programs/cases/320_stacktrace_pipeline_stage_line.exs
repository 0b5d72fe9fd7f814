# A failing stage of a multi-line pipeline is reported on its own line.
defmodule Stage do
  def check(n) when n > 10, do: raise(ArgumentError, "too big: #{n}")
  def check(n), do: n
end

IO.puts("start")

result =
  [1, 2, 3]
  |> Enum.map(fn x -> x * 5 end)
  |> Enum.sum()
  |> Stage.check()
  |> Integer.to_string()

IO.puts(result)
