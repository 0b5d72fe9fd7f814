defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg) do
    IO.puts("init #{arg}")
    {:ok, arg}
  end
end
defmodule T do
  use GenServer, restart: :temporary
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, w} = DynamicSupervisor.start_child(sup, {W, "w"})
{:ok, t} = DynamicSupervisor.start_child(sup, {T, "t"})
Process.exit(w, :kill)
Process.exit(t, :kill)
Process.sleep(20)
IO.inspect(DynamicSupervisor.count_children(sup))
