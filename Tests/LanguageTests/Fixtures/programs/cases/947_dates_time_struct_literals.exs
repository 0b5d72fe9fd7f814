defmodule Slots do
  def make(h), do: %Time{hour: h, minute: 0, second: 0}
  def stamp, do: %NaiveDateTime{year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5}
end
IO.inspect(Slots.make(9))
IO.inspect(Slots.stamp())
IO.inspect(Slots.make(9).microsecond)
IO.inspect(Time.add(Slots.make(23), 3600))
IO.inspect(NaiveDateTime.to_iso8601(Slots.stamp()))
IO.inspect(%Date{year: 2024, month: 1, day: 1} |> Date.add(59))
