# An abnormal exit travels along a chain of links until a trapping process.
Process.flag(:trap_exit, true)
parent = self()
first = spawn_link(fn ->
  spawn_link(fn ->
    spawn_link(fn ->
      send(parent, {:deepest, self()})
      receive do
        :crash -> exit(:deep_failure)
      end
    end)
    receive do: (:never -> :ok)
  end)
  receive do: (:never -> :ok)
end)
deepest =
  receive do
    {:deepest, pid} -> pid
  end
{:links, links} = Process.info(first, :links)
IO.inspect(length(links))
send(deepest, :crash)
receive do
  {:EXIT, ^first, reason} -> IO.inspect(reason, label: "first exited with")
end
Process.sleep(20)
IO.inspect(Process.alive?(first))
IO.inspect(Process.alive?(deepest))
