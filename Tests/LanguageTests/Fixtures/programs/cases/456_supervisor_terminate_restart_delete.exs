defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
{:ok, sup} = Supervisor.start_link([Supervisor.child_spec({W, 1}, id: :one)], strategy: :one_for_one)
IO.inspect(Supervisor.terminate_child(sup, :one))
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :missing))
{:ok, pid} = Supervisor.restart_child(sup, :one)
IO.inspect(is_pid(pid))
IO.inspect(Supervisor.restart_child(sup, :one))
IO.inspect(Supervisor.delete_child(sup, :one))
Supervisor.terminate_child(sup, :one)
IO.inspect(Supervisor.delete_child(sup, :one))
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.restart_child(sup, :one))
