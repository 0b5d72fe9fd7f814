ExUnit.start()
defmodule Calc do
  @doc """
  Adds.

      iex> Calc.add(1, 2)
      3
  """
  def add(a, b), do: a + b
end
defmodule CalcTest do
  use ExUnit.Case
  doctest Calc
end
