defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("start #{name}")
    {:ok, name}
  end
end
children = for n <- [:a, :b, :c], do: Supervisor.child_spec({W, n}, id: n)
{:ok, _sup} = Supervisor.start_link(children, strategy: :rest_for_one)
a = Process.whereis(:a)
Process.exit(Process.whereis(:b), :kill)
Process.sleep(20)
IO.inspect(Process.whereis(:a) == a)
