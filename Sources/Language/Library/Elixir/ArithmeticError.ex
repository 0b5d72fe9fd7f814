# The exception bad arithmetic raises.
defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"
end
