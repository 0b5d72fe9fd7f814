defmodule Trapper do
  use GenServer
  def init(_) do
    Process.flag(:trap_exit, true)
    {:ok, :ready}
  end
  def terminate(reason, state) do
    IO.puts("terminate #{inspect(reason)} in #{inspect(state)}")
  end
end
defmodule Main do
  def run do
    parent = self()
    starter = spawn(fn ->
      {:ok, pid} = GenServer.start_link(Trapper, nil)
      send(parent, {:server, pid})
      receive do
        :die -> exit(:shutdown)
      end
    end)
    receive do
      {:server, pid} ->
        ref = Process.monitor(pid)
        send(starter, :die)
        receive do
          {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
        end
    end
  end
end
Main.run()
