defmodule Schedule do
  @epoch ~D[2024-01-01]
  @opening ~T[09:00:00]
  def days_since_epoch(date), do: Date.diff(date, @epoch)
  def opening, do: @opening
  def epoch, do: @epoch
end
IO.inspect(Schedule.days_since_epoch(~D[2024-03-01]))
IO.inspect(Schedule.opening())
IO.inspect(Schedule.epoch())
