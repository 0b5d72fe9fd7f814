# A hand-written supervisor traps exits and restarts its worker.
defmodule MiniSup do
  def start(parent) do
    spawn(fn ->
      Process.flag(:trap_exit, true)
      supervise(parent, start_worker(), 0)
    end)
  end

  defp start_worker do
    spawn_link(fn ->
      receive do
        {:work, from, :crash} -> send(from, :crashing); exit(:worker_crashed)
        {:work, from, x} -> send(from, {:result, x * 2})
      end
    end)
  end

  defp supervise(parent, worker, restarts) do
    receive do
      {:EXIT, ^worker, reason} ->
        send(parent, {:restarted, reason, restarts + 1})
        supervise(parent, start_worker(), restarts + 1)
      {:which, from} ->
        send(from, {:worker, worker})
        supervise(parent, worker, restarts)
    end
  end
end
defmodule Client do
  def worker(sup), do: (send(sup, {:which, self()}); receive do: ({:worker, w} -> w))
end
sup = MiniSup.start(self())
send(Client.worker(sup), {:work, self(), :crash})
receive do: (:crashing -> IO.puts("worker said it is crashing"))
receive do: ({:restarted, reason, n} -> IO.inspect({reason, n}, label: "restarted"))
send(Client.worker(sup), {:work, self(), 21})
receive do: ({:result, r} -> IO.inspect(r, label: "new worker result"))
receive do: ({:restarted, reason, n} -> IO.inspect({reason, n}, label: "restarted"))
