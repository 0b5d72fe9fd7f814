IO.inspect(Date.to_gregorian_days(~D[0000-01-02]))
IO.inspect(Date.to_gregorian_days(~D[2000-01-01]))
IO.inspect(Date.to_gregorian_days(~N[2000-01-01 00:00:00]))
IO.inspect(Date.from_gregorian_days(1))
IO.inspect(Date.from_gregorian_days(730_485))
IO.inspect(Date.from_gregorian_days(-1))
IO.inspect(Date.from_gregorian_days(:calendar.date_to_gregorian_days(2024, 2, 29)))
IO.inspect(Date.convert(~D[2000-01-01], Calendar.ISO))
IO.inspect(Date.convert!(~D[2000-01-01], Calendar.ISO))
for days <- [0, 59, 60, 365, 366, 719_528, 3_652_424] do
  IO.inspect(Date.from_gregorian_days(days))
end
