date = ~D[2024-03-05]
IO.inspect(Date.to_iso8601(date))
IO.inspect(Date.to_iso8601(date, :basic))
IO.inspect(Date.to_string(date))
IO.inspect(Date.to_iso8601(~N[2024-03-05 10:11:12]))
IO.inspect(Date.to_string(~D[0001-01-01]))
IO.inspect(Date.to_string(~D[-0100-12-15]))
IO.inspect(Date.to_erl(date))
IO.inspect(Date.from_erl({2024, 3, 5}))
IO.inspect(Date.from_erl({2024, 2, 30}))
IO.inspect(Date.from_erl!({1970, 1, 1}))
try do
  Date.from_erl!({2000, 13, 1})
rescue
  e -> IO.puts(Exception.message(e))
end
