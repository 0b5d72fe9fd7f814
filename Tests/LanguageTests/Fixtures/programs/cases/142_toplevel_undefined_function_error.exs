# Calling a function that does not exist.
defmodule Helpers do
  def present, do: :here
end
IO.inspect(Helpers.present())
mod = Enum.at([Helpers], 0)
mod.absent(1, 2)
