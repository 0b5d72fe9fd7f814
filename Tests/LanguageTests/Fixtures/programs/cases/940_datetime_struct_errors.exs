defmodule Make do
  def missing, do: struct!(DateTime, year: 2024)
end
IO.inspect(DateTime.truncate(~U[2024-01-01 10:00:00.999999Z], :second))
try do
  Make.missing()
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  DateTime.to_unix(~N[2024-01-01 00:00:00])
rescue
  e -> IO.puts(Exception.message(e))
end
