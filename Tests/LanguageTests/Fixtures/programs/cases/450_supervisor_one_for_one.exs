defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("start #{name}")
    {:ok, name}
  end
end
children = [Supervisor.child_spec({W, :a}, id: :a), Supervisor.child_spec({W, :b}, id: :b)]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
Process.exit(Process.whereis(:a), :kill)
Process.sleep(20)
IO.inspect(is_pid(Process.whereis(:a)))
IO.inspect(Supervisor.count_children(sup))
