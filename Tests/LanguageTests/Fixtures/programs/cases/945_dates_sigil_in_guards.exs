defmodule Calendar2024 do
  def kind(date) when date == ~D[2024-12-25], do: :holiday
  def kind(%Date{} = date) when date.month == 2 and date.day == 29, do: :leap_day
  def kind(_date), do: :workday

  def opening?(time) when time in [~T[09:00:00], ~T[13:00:00]], do: true
  def opening?(_time), do: false
end
IO.inspect(Calendar2024.kind(~D[2024-12-25]))
IO.inspect(Calendar2024.kind(~D[2024-02-29]))
IO.inspect(Calendar2024.kind(~D[2024-03-01]))
IO.inspect(Calendar2024.opening?(~T[13:00:00]))
IO.inspect(Calendar2024.opening?(~T[13:00:01]))
IO.inspect(match?(~D[2024-01-01], Date.new!(2024, 1, 1)))
IO.inspect(match?(%{year: 2024}, ~N[2024-05-05 05:05:05]))
