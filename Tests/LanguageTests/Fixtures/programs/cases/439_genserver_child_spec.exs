defmodule Plain do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
defmodule Temp do
  use GenServer, restart: :temporary, shutdown: 1000
  def init(arg), do: {:ok, arg}
end
defmodule Sup do
  use Supervisor
  def init(arg), do: {:ok, arg}
end
IO.inspect(Plain.child_spec(:x))
IO.inspect(Temp.child_spec([1]))
IO.inspect(Sup.child_spec(:y))
IO.inspect(Supervisor.child_spec({Plain, 1}, id: :other, restart: :transient))
IO.inspect(Supervisor.child_spec(%{id: :z, start: {M, :f, []}}, shutdown: :brutal_kill))
