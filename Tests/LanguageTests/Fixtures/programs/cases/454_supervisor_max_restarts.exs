defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :w)
  def init(_) do
    IO.puts("start")
    {:ok, nil}
  end
end
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([W], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
for _ <- 1..3 do
  Process.exit(Process.whereis(:w), :kill)
  Process.sleep(10)
end
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason)
end
IO.inspect(Process.alive?(sup))
