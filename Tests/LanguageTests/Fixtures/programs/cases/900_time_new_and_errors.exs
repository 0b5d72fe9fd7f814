IO.inspect(Time.new(0, 0, 0, 0))
IO.inspect(Time.new(23, 59, 59, 999_999))
IO.inspect(Time.new(12, 30, 0, {5000, 3}))
IO.inspect(Time.new(24, 0, 0, 0))
IO.inspect(Time.new(23, 60, 0, 0))
IO.inspect(Time.new(23, 59, 60, 0))
IO.inspect(Time.new(23, 59, 59, 1_000_000))
IO.inspect(Time.new(23, 59, 59, {0, 7}))
IO.inspect(Time.new!(8, 5, 3))
try do
  Time.new!(25, 0, 0)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
IO.inspect(Time.to_erl(~T[23:30:15.999]))
IO.inspect(Time.from_erl({23, 30, 15}, {5000, 3}))
IO.inspect(Time.from_erl({24, 30, 15}))
