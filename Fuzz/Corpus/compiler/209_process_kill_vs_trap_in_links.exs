# :kill cannot be trapped, but the linked trapper receives :killed.
Process.flag(:trap_exit, true)
victim = spawn_link(fn ->
  Process.flag(:trap_exit, true)
  receive do: (:never -> :ok)
end)
Process.exit(victim, :kill)
receive do
  {:EXIT, ^victim, reason} -> IO.inspect(reason, label: "linked trapper saw")
end
worker = spawn_link(fn ->
  Process.flag(:trap_exit, true)
  receive do
    {:EXIT, _from, reason} -> exit({:got_signal, reason})
  end
end)
Process.exit(worker, :polite_request)
receive do
  {:EXIT, ^worker, reason} -> IO.inspect(reason, label: "worker finished with")
end
