# A trapping parent sees {:EXIT, pid, :normal} from a linked child that finished.
Process.flag(:trap_exit, true)
pid = spawn_link(fn -> :finished end)
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "child exit")
end
pid2 = spawn_link(fn -> exit(:shutdown) end)
receive do
  {:EXIT, ^pid2, reason} -> IO.inspect(reason, label: "child exit")
end
pid3 = spawn_link(fn -> exit({:shutdown, :tidy}) end)
receive do
  {:EXIT, ^pid3, reason} -> IO.inspect(reason, label: "child exit")
end
IO.puts("parent survived all three")
