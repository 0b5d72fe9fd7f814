times = [~N[2016-04-28 01:00:00], ~N[2016-04-16 13:30:15], ~N[2016-04-16 13:30:15.5]]
IO.inspect(NaiveDateTime.compare(~N[2016-04-16 13:30:15], ~N[2016-04-28 16:19:25]))
IO.inspect(NaiveDateTime.compare(~N[2016-04-16 13:30:15.1], ~N[2016-04-16 13:30:15.01]))
IO.inspect(NaiveDateTime.compare(~N[2016-04-16 13:30:15], ~N[2016-04-16 13:30:15.000000]))
IO.inspect(Enum.sort(times, NaiveDateTime))
IO.inspect(Enum.max(times, NaiveDateTime))
IO.inspect(Enum.sort(times, {:desc, NaiveDateTime}))
grouped = Enum.group_by(times, &NaiveDateTime.to_date/1)
IO.inspect(Map.keys(grouped) |> Enum.sort(Date))
