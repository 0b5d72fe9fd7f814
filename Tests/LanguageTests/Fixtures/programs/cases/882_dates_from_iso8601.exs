inputs = ["2015-01-23", "2015:01:23", "2015-01-32", "2015-02-29", "2016-02-29", "20150123",
  "2015-1-23", "-2015-01-23", "+2015-01-23", "2015-01-23T10:00:00", "", " 2015-01-23"]
for input <- inputs do
  IO.puts("#{inspect(input)} -> #{inspect(Date.from_iso8601(input))}")
end
IO.inspect(Date.from_iso8601!("1999-12-31"))
try do
  Date.from_iso8601!("1999-13-31")
rescue
  e -> IO.puts(Exception.message(e))
end
