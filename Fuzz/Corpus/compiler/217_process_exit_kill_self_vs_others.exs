# exit(:kill) raised by a process itself reaches links as :kill, Process.exit(p, :kill) as :killed.
Process.flag(:trap_exit, true)
a = spawn_link(fn -> exit(:kill) end)
receive do
  {:EXIT, ^a, reason} -> IO.inspect(reason, label: "exit(:kill) seen by link")
end
b = spawn_link(fn -> receive do: (:never -> :ok) end)
Process.exit(b, :kill)
receive do
  {:EXIT, ^b, reason} -> IO.inspect(reason, label: "Process.exit(b, :kill) seen by link")
end
c = spawn_link(fn -> Process.exit(self(), :normal) end)
receive do
  {:EXIT, ^c, reason} -> IO.inspect(reason, label: "Process.exit(self(), :normal)")
end
