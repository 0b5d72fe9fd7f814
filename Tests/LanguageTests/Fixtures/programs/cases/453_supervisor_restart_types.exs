defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("start #{name}")
    {:ok, name}
  end
  def handle_cast(:normal, s), do: {:stop, :normal, s}
end
children = [
  Supervisor.child_spec({W, :perm}, id: :perm, restart: :permanent),
  Supervisor.child_spec({W, :trans}, id: :trans, restart: :transient),
  Supervisor.child_spec({W, :temp}, id: :temp, restart: :temporary)
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
for n <- [:perm, :trans, :temp], do: GenServer.cast(n, :normal)
Process.sleep(30)
IO.inspect(Enum.map([:perm, :trans, :temp], &is_pid(Process.whereis(&1))))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
