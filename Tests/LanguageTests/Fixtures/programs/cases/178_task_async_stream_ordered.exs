# Task.async_stream keeps input order and wraps results in {:ok, value}.
results =
  1..6
  |> Task.async_stream(fn n ->
    Process.sleep(rem(7 - n, 3) * 20)
    n * 10
  end, max_concurrency: 3)
  |> Enum.to_list()
IO.inspect(results)
sum =
  ["a", "bb", "ccc"]
  |> Task.async_stream(&String.length/1)
  |> Enum.reduce(0, fn {:ok, n}, acc -> acc + n end)
IO.inspect(sum)
IO.inspect(Task.async_stream([1, 2], &(&1 * 2), ordered: true) |> Enum.map(fn {:ok, v} -> v end))
