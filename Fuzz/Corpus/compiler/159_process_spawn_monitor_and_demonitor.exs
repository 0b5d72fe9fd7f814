# spawn_monitor returns {pid, ref}; demonitor with :flush removes a pending :DOWN.
defmodule Mon do
  def run do
    {pid, ref} = spawn_monitor(fn -> receive do: (:go -> :ok) end)
    IO.inspect({is_pid(pid), is_reference(ref)})
    send(pid, :go)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
    end
    {pid2, ref2} = spawn_monitor(fn -> :quick end)
    Process.sleep(50)
    IO.inspect(Process.demonitor(ref2, [:flush]))
    receive do
      {:DOWN, ^ref2, _, _, _} -> IO.puts("unexpected DOWN")
    after
      50 -> IO.puts("no DOWN after demonitor with :flush")
    end
    IO.inspect(Process.alive?(pid2))
  end
end
Mon.run()
