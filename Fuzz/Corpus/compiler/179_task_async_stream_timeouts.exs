# async_stream with on_timeout: :kill_task marks slow items as {:exit, :timeout}.
results =
  [10, 500, 20]
  |> Task.async_stream(fn ms -> Process.sleep(ms); ms end, timeout: 200, on_timeout: :kill_task)
  |> Enum.to_list()
IO.inspect(results)
