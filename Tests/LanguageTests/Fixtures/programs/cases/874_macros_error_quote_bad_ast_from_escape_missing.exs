# a macro returning a tuple of three that is not a call is invalid quoted form
defmodule Bad do
  defmacro triple, do: {1, 2, 3}
end

defmodule Use do
  require Bad
  def run, do: Bad.triple()
end
