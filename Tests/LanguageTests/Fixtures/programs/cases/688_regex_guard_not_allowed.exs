defmodule G do
  def f(s) when s =~ ~r/a/, do: :yes
  def f(_), do: :no
end
IO.inspect(G.f("a"))
