defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:fail), do: {:stop, :cannot}
  def init(arg), do: {:ok, arg}
end
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
{:ok, pid} = Supervisor.start_child(sup, Supervisor.child_spec({W, 1}, id: :one))
IO.inspect(is_pid(pid))
{:error, {:already_started, ^pid}} = Supervisor.start_child(sup, Supervisor.child_spec({W, 1}, id: :one))
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, :fail}, id: :two)))
IO.inspect(Supervisor.count_children(sup))
