IO.inspect(DateTime.from_unix(0))
IO.inspect(DateTime.from_unix(1_464_096_368))
IO.inspect(DateTime.from_unix(1_432_560_368_868_569, :microsecond))
IO.inspect(DateTime.from_unix(1_432_560_368_868, :millisecond))
IO.inspect(DateTime.from_unix(-1))
IO.inspect(DateTime.from_unix(253_402_300_800))
IO.inspect(DateTime.from_unix!(1_700_000_000))
IO.inspect(DateTime.to_unix(~U[2016-05-24 13:26:08Z]))
IO.inspect(DateTime.to_unix(~U[2016-05-24 13:26:08.123Z], :millisecond))
IO.inspect(DateTime.to_unix(~U[1969-12-31 23:59:59Z]))
try do
  DateTime.from_unix!(253_402_300_800)
rescue
  e -> IO.puts(Exception.message(e))
end
