defmodule Booking do
  def check!(date) do
    if Date.day_of_week(date) in [6, 7] do
      raise ArgumentError, "cannot book on a weekend: #{date} (#{inspect(date)})"
    end
    :ok
  end
end
IO.inspect(Booking.check!(~D[2024-06-14]))
Booking.check!(~D[2024-06-15])
