defmodule Holidays do
  def new_year, do: ~D[2024-1-01]
end
IO.inspect(Holidays.new_year())
