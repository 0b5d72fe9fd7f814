# exit/1 stops the current process unless caught; the reason can be any term.
r = try do
  exit({:custom, [1, 2]})
catch
  :exit, reason -> reason
end
IO.inspect(r)
IO.inspect(catch_exit = (try do exit(:normal) catch :exit, why -> why end))
IO.inspect(catch_exit == :normal)
nested = try do
  try do
    exit(:inner)
  after
    IO.puts("inner after")
  end
catch
  :exit, :inner -> :caught_outside
end
IO.inspect(nested)
