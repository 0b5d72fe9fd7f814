defmodule A
  def f, do: 1
end
