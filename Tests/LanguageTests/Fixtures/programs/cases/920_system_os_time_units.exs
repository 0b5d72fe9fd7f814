seconds = System.os_time(:second)
millis = System.os_time(:millisecond)
micros = System.system_time(:microsecond)
nanos = System.os_time(:nanosecond)
IO.inspect(seconds > 1_600_000_000)
IO.inspect(div(millis, 1000) - seconds in [0, 1])
IO.inspect(div(micros, 1_000_000) - seconds in [0, 1])
IO.inspect(div(nanos, 1_000_000_000) - seconds in [0, 1])
IO.inspect(is_integer(System.os_time()))
IO.inspect(is_integer(System.system_time()))
IO.inspect(System.convert_time_unit(1, :second, :millisecond))
IO.inspect(System.convert_time_unit(1500, :millisecond, :second))
IO.inspect(System.convert_time_unit(-1500, :millisecond, :second))
IO.inspect(div(System.os_time(10), 10) - seconds in [0, 1])
try do
  System.os_time(:minute)
rescue
  e -> IO.puts(Exception.message(e))
end
