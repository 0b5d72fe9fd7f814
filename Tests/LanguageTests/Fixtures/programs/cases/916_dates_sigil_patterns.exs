defmodule Holiday do
  def name(~D[2024-12-25]), do: "Christmas"
  def name(~D[2024-01-01]), do: "New Year"
  def name(%Date{month: 7, day: 4}), do: "Independence Day"
  def name(_), do: "ordinary day"

  def noon?(~T[12:00:00]), do: true
  def noon?(_), do: false
end
IO.puts(Holiday.name(~D[2024-12-25]))
IO.puts(Holiday.name(Date.new!(2024, 1, 1)))
IO.puts(Holiday.name(~D[1999-07-04]))
IO.puts(Holiday.name(~D[2024-03-03]))
IO.inspect(Holiday.noon?(~T[12:00:00]))
IO.inspect(Holiday.noon?(~T[12:00:00.000]))
case ~N[2024-05-01 08:00:00] do
  ~N[2024-05-01 08:00:00] -> IO.puts("matched naive")
  _ -> IO.puts("no match")
end
~U[2024-05-01 08:00:00Z] = DateTime.from_naive!(~N[2024-05-01 08:00:00], "Etc/UTC")
IO.puts("matched utc")
%Date{year: y} = ~D[2031-02-03]
IO.inspect(y)
