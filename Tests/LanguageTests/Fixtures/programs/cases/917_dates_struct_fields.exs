defmodule Build do
  def first_of(date), do: %Date{date | day: 1}
  def literal, do: %Date{year: 2024, month: 6, day: 9}
end
d = ~D[2024-06-15]
IO.inspect(Build.first_of(d))
IO.inspect(Build.literal())
IO.inspect(%{d | year: 2025})
IO.inspect(Map.from_struct(d))
IO.inspect(d.calendar)
IO.inspect(is_struct(d, Date))
IO.inspect(is_map(d))
IO.inspect(Map.keys(~T[10:00:00]) |> Enum.sort())
IO.inspect(Map.keys(~U[2024-01-01 00:00:00Z]) |> Enum.sort())
IO.inspect(struct(Date, year: 2020, month: 2, day: 2))
