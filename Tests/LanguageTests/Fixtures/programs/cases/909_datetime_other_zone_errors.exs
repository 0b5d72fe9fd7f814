IO.inspect(DateTime.from_naive(~N[2024-01-01 00:00:00], "Europe/Paris"))
IO.inspect(DateTime.now("Europe/Paris"))
IO.inspect(DateTime.shift_zone(~U[2024-01-31 12:00:00Z], "America/New_York"))
IO.inspect(DateTime.shift_zone(~U[2024-01-31 12:00:00Z], "Etc/UTC"))
IO.inspect(DateTime.new(~D[2024-01-01], ~T[00:00:00], "Asia/Tokyo"))
IO.inspect(Calendar.get_time_zone_database())
{:ok, now} = DateTime.now("Etc/UTC")
IO.inspect(now.time_zone)
try do
  DateTime.from_naive!(~N[2024-01-01 00:00:00], "Europe/Paris")
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  DateTime.shift_zone!(~U[2024-01-31 12:00:00Z], "Europe/Paris")
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  DateTime.new!(~D[2024-01-01], ~T[00:00:00], "Asia/Tokyo")
rescue
  e -> IO.puts(Exception.message(e))
end
