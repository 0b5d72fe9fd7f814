# Division by zero and arithmetic on non-numbers.
defmodule Calc do
  def ratio(a, b), do: a / b
end
IO.inspect(Calc.ratio(1, 4))
IO.inspect(Calc.ratio(1, 0))
