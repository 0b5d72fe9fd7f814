defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
defmodule Inner do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end
children = [
  Supervisor.child_spec({W, 1}, id: :one),
  Supervisor.child_spec({W, 2}, id: :two),
  Inner
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
for {id, pid, type, modules} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, modules})
end
IO.inspect(Supervisor.count_children(sup))
