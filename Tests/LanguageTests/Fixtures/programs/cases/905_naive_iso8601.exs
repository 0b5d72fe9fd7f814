inputs = ["2015-01-23 23:50:07", "2015-01-23T23:50:07Z", "2015-01-23T23:50:07.0", "2015-01-23T23:50:07,0123456",
  "2015-01-23T23:50:07.123+02:30", "2015-01-23P23:50:07", "2015:01:23 23-50-07", "2015-01-23 23:50:61",
  "2015-01-32 23:50:07", "2015-01-23", "-2015-01-23 23:50:07"]
for input <- inputs do
  IO.puts("#{inspect(input)} -> #{inspect(NaiveDateTime.from_iso8601(input))}")
end
IO.inspect(NaiveDateTime.to_iso8601(~N[2000-02-28 23:00:13]))
IO.inspect(NaiveDateTime.to_iso8601(~N[2000-02-28 23:00:13.001]))
IO.inspect(NaiveDateTime.to_iso8601(~N[2000-02-28 23:00:13.001], :basic))
IO.inspect(NaiveDateTime.to_string(~N[2000-02-28 23:00:13.001]))
IO.inspect(NaiveDateTime.to_erl(~N[2000-01-01 13:30:15]))
IO.inspect(NaiveDateTime.from_erl({{2000, 1, 1}, {13, 30, 15}}))
IO.inspect(NaiveDateTime.from_erl({{2000, 1, 1}, {13, 30, 15}}, {5000, 3}))
IO.inspect(NaiveDateTime.from_erl({{2000, 13, 1}, {13, 30, 15}}))
try do
  NaiveDateTime.from_iso8601!("2015-01-23P23:50:07")
rescue
  e -> IO.puts(Exception.message(e))
end
