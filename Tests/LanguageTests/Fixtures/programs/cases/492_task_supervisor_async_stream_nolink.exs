{:ok, sup} = Task.Supervisor.start_link()
results =
  Task.Supervisor.async_stream_nolink(sup, 1..4, fn n -> n * n end)
  |> Enum.to_list()
IO.inspect(results)
results2 =
  Task.Supervisor.async_stream_nolink(sup, [1, 2], fn n -> Process.sleep(n * 100); n end, timeout: 150, on_timeout: :kill_task)
  |> Enum.to_list()
IO.inspect(results2)
