# A name is freed when its process dies; sending to it then raises.
defmodule Named do
  def stop_and_wait(pid) do
    ref = Process.monitor(pid)
    send(:short_lived, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end
pid = spawn(fn -> receive do: (:stop -> :ok) end)
Process.register(pid, :short_lived)
IO.inspect(Named.stop_and_wait(pid), label: "short_lived stopped")
IO.inspect(Process.whereis(:short_lived))
try do
  send(:short_lived, :anyone?)
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> Exception.message(e))
end
IO.inspect(send(pid, :to_dead_pid_is_fine))
