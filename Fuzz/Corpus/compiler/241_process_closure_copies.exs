# A spawned closure gets a copy of the captured values; rebinding later changes nothing.
parent = self()
config = %{mode: :fast}
spawn(fn ->
  receive do
    :report -> send(parent, {:child_config, config})
  end
end)
|> then(fn pid ->
  config = %{mode: :slow}
  send(pid, :report)
  IO.inspect(config, label: "parent rebound")
end)
receive do
  {:child_config, c} -> IO.inspect(c, label: "child still has")
end
