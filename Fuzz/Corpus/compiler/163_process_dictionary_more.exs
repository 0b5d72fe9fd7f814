# The process dictionary is per process.
Process.put(:color, :blue)
Process.put(:size, 3)
IO.inspect(Enum.sort(Process.get_keys()) |> Enum.filter(&(&1 in [:color, :size])))
IO.inspect(Process.get_keys(:blue))
parent = self()
spawn(fn ->
  send(parent, {:child_sees, Process.get(:color)})
end)
receive do
  {:child_sees, v} -> IO.inspect(v, label: "child sees")
end
IO.inspect(Process.delete(:size))
IO.inspect(Process.get(:size, :gone))
IO.inspect(Process.put(:color, :red))
IO.inspect(Process.get(:color))
