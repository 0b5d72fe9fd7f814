defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name)
  def init(name) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{name}")
    {:ok, name}
  end
  def terminate(reason, name), do: IO.puts("stop #{name} #{inspect(reason)}")
end
children = for n <- [:a, :b, :c], do: Supervisor.child_spec({W, n}, id: n)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.stop(sup))
IO.inspect(Process.alive?(sup))
