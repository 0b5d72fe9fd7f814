IO.inspect(Date.day_of_week(~D[2016-10-31]))
IO.inspect(Date.day_of_week(~D[2016-11-01]))
IO.inspect(Date.day_of_week(~N[2016-11-01 01:23:45]))
IO.inspect(Date.day_of_week(~D[-0015-10-30]))
IO.inspect(Date.day_of_week(~D[2016-10-31], :sunday))
IO.inspect(Date.day_of_week(~D[2024-06-15], :saturday))
IO.inspect(Date.beginning_of_week(~D[2020-07-11]))
IO.inspect(Date.beginning_of_week(~D[2020-07-06]))
IO.inspect(Date.beginning_of_week(~D[2020-07-11], :sunday))
IO.inspect(Date.end_of_week(~D[2020-07-11]))
IO.inspect(Date.end_of_week(~D[2020-07-06], :saturday))
for d <- Date.range(~D[2024-01-01], ~D[2024-01-07]) do
  IO.puts("#{d} #{Date.day_of_week(d)}")
end
