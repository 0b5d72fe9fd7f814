IO.inspect(Time.from_seconds_after_midnight(0))
IO.inspect(Time.from_seconds_after_midnight(86_399))
IO.inspect(Time.from_seconds_after_midnight(86_400))
IO.inspect(Time.from_seconds_after_midnight(-1))
IO.inspect(Time.to_seconds_after_midnight(~T[00:00:00]))
IO.inspect(Time.to_seconds_after_midnight(~T[01:00:00.5]))
IO.inspect(Time.to_string(~T[00:00:00.000000]))
IO.inspect(Time.convert(~T[13:30:15], Calendar.ISO))
IO.inspect(Time.from_erl!({1, 2, 3}))
try do
  Time.from_erl!({24, 0, 0})
rescue
  e -> IO.puts(Exception.message(e))
end
