try do
  Date.range(~D[2024-01-01], ~D[2024-01-03], 1.5)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Date.range(~D[2024-01-01], %{calendar: Other, year: 2024, month: 1, day: 1})
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Date.new(2024, 1, 1, Calendar.ISO))
try do
  Date.day_of_week(~D[2024-01-01], :funday)
rescue
  e -> IO.puts(Exception.message(e))
end
