defmodule I2 do
  @impl true
  def f(x), do: 1
  defp g, do: 1
  @impl true
  def h, do: 1
end
defmodule I3 do
  use GenServer
  def init(x), do: {:ok, x}
  @impl true
  def handle_call(:a, _from, s), do: {:reply, 1, s}
  def handle_cast(_, s), do: {:noreply, s}
end
defmodule I5 do
  @unused 1
  @impl true
  def h, do: 1
  def k(x), do: x
  def k(1), do: 2
end
IO.puts(I2.h())
