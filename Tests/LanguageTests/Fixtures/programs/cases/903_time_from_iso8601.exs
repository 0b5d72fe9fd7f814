inputs = ["23:50:07", "23:50:07Z", "T23:50:07Z", "23:50:07,0123456", "23:50:07.0123456",
  "23:50:07.123Z", "2015:01:23 23-50-07", "23:50:61", "24:00:00", "23:50", "23:50:07+01:00", "23:50:07.", "235007"]
for input <- inputs do
  IO.puts("#{inspect(input)} -> #{inspect(Time.from_iso8601(input))}")
end
IO.inspect(Time.from_iso8601!("01:02:03.4"))
try do
  Time.from_iso8601!("25:00:00")
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Time.to_iso8601(~T[23:00:13]))
IO.inspect(Time.to_iso8601(~T[23:00:13.001], :basic))
IO.inspect(Time.to_string(~T[23:00:13.000010]))
