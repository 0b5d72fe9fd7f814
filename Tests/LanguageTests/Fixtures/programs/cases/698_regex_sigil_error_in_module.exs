defmodule M do
  def f(s), do: Regex.run(~r/[a/, s)
end
IO.puts("before")
