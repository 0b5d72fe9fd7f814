# When else has no matching clause, WithClauseError is raised.
f = fn x ->
  with {:ok, v} <- x do
    v
  else
    {:error, :known} -> :handled
  end
end
IO.inspect(f.({:ok, 1}))
IO.inspect(f.({:error, :known}))
try do
  f.({:error, :unknown})
rescue
  e in WithClauseError -> IO.puts(Exception.message(e))
end
