defmodule Zones do
  def warsaw do
    %DateTime{year: 2000, month: 2, day: 29, zone_abbr: "CET", hour: 23, minute: 0, second: 7,
      microsecond: {0, 0}, utc_offset: 3600, std_offset: 0, time_zone: "Europe/Warsaw"}
  end
end
dt = Zones.warsaw()
IO.inspect(dt)
IO.puts(dt)
IO.inspect(DateTime.to_iso8601(dt))
IO.inspect(DateTime.to_unix(dt))
IO.inspect(DateTime.to_naive(dt))
IO.inspect(DateTime.compare(dt, ~U[2000-02-29 22:00:07Z]))
IO.inspect(DateTime.diff(dt, ~U[2000-02-29 22:00:00Z]))
IO.inspect(DateTime.shift_zone(dt, "Etc/UTC"))
try do
  DateTime.add(dt, 60)
rescue
  e -> IO.puts(Exception.message(e))
end
