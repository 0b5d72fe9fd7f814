defmodule Compare do
  def gt(a, b), do: a > b
  def lt(a, b), do: a < b
end
a = Date.new!(2024, 1, 31)
b = Date.new!(2024, 2, 1)
IO.inspect(Compare.gt(a, b))
IO.inspect(Compare.lt(a, b))
IO.inspect(Date.compare(a, b))
IO.inspect(a == Date.new!(2024, 1, 31))
IO.inspect(Enum.sort([b, a]))
IO.inspect(Enum.sort([b, a], Date))
IO.inspect(Enum.max([a, b]))
t1 = Time.new!(9, 0, 0)
t2 = Time.new!(10, 0, 0, 5)
IO.inspect(Compare.gt(t2, t1))
IO.inspect(a === %Date{year: 2024, month: 1, day: 31, calendar: Calendar.ISO} |> Map.put(:day, 31))
