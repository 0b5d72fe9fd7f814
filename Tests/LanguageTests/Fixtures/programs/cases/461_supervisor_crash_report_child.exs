defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: :w)
  def init(n) do
    IO.puts("init #{n}")
    {:ok, n}
  end
  def handle_cast(:crash, _), do: raise("child failed")
end
{:ok, _sup} = Supervisor.start_link([W], strategy: :one_for_one)
GenServer.cast(:w, :crash)
Process.sleep(300)
IO.inspect(is_pid(Process.whereis(:w)))
