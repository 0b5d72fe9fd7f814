# Process.exit/2 with different reasons, seen through monitors.
down_reason = fn pid, ref ->
  receive do
    {:DOWN, ^ref, :process, ^pid, reason} -> reason
  after
    200 -> :still_alive
  end
end
sleeper = fn -> spawn(fn -> Process.sleep(5000) end) end
p1 = sleeper.()
r1 = Process.monitor(p1)
Process.exit(p1, :normal)
IO.inspect(down_reason.(p1, r1), label: ":normal")
Process.exit(p1, :reason_one)
IO.inspect(down_reason.(p1, r1), label: "custom")
p2 = sleeper.()
r2 = Process.monitor(p2)
IO.inspect(Process.exit(p2, :kill))
IO.inspect(down_reason.(p2, r2), label: ":kill")
IO.inspect(Process.exit(p2, :already_dead))
