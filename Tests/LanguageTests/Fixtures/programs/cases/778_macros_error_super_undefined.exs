# super in a function that replaced nothing is a compile error
defmodule Plain do
  def hello, do: super()
end
