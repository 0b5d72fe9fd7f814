IO.inspect(Date.new(2024, 2, 29))
IO.inspect(Date.new(2023, 2, 29))
IO.inspect(Date.new(2024, 13, 1))
IO.inspect(Date.new(2024, 4, 31))
IO.inspect(Date.new(10000, 1, 1))
IO.inspect(Date.new!(2000, 1, 1))
try do
  Date.new!(2023, 2, 29)
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> e.message)
end
IO.inspect(Date.new(-5, 3, 1))
