r = Date.range(~D[2001-01-01], ~D[2001-01-10], 3)
IO.inspect(r)
IO.inspect(Enum.to_list(r))
IO.inspect(~D[2001-01-04] in r)
IO.inspect(~D[2001-01-05] in r)
IO.inspect(Enum.count(r))
back = Date.range(~D[2024-01-03], ~D[2024-01-01])
IO.inspect(back)
IO.inspect(Enum.to_list(back))
IO.inspect(Date.range(~D[2024-01-03], ~D[2024-01-01], -2) |> Enum.to_list())
empty = Date.range(~D[2024-01-03], ~D[2024-01-01], 1)
IO.inspect(empty)
IO.inspect(Enum.to_list(empty))
IO.inspect(Enum.count(empty))
try do
  Date.range(~D[2024-01-01], ~D[2024-01-03], 0)
rescue
  e -> IO.puts(Exception.message(e))
end
