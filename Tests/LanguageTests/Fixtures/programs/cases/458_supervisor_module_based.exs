defmodule Counter do
  use Agent
  def start_link(n), do: Agent.start_link(fn -> n end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
end
defmodule App.Supervisor do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  @impl true
  def init(n) do
    children = [{Counter, n}]
    Supervisor.init(children, strategy: :one_for_one)
  end
end
{:ok, sup} = App.Supervisor.start_link(7)
IO.inspect(Counter.value())
IO.inspect(Process.whereis(App.Supervisor) == sup)
IO.inspect(Counter.child_spec(1))
[{Counter, pid, :worker, [Counter]}] = Supervisor.which_children(App.Supervisor)
IO.inspect(is_pid(pid))
