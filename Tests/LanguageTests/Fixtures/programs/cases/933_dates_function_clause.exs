defmodule Safe do
  def add(date, days) do
    try do
      Date.add(date, days)
    rescue
      e -> {:error, e.__struct__}
    end
  end
end
IO.inspect(Safe.add(~D[2024-01-01], 1))
IO.inspect(Safe.add(%{year: 2024}, 1))
IO.inspect(Safe.add("2024-01-01", 1))
try do
  Date.to_string("2024-01-01")
rescue
  e -> IO.puts(Exception.message(e))
end
