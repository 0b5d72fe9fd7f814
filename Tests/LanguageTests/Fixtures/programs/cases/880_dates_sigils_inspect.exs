date = ~D[2024-01-31]
time = ~T[12:30:05.120]
naive = ~N[2024-01-31 12:00:00]
utc = ~U[2024-01-31T12:00:00.5+00:00]
IO.inspect(date)
IO.inspect(time)
IO.inspect(naive)
IO.inspect(utc)
IO.puts(date)
IO.puts(time)
IO.puts(naive)
IO.puts(utc)
IO.puts("on #{date} at #{time}")
IO.inspect([date, time])
IO.inspect(%{when: naive, utc: utc})
IO.inspect({date.year, date.month, date.day, time.microsecond})
