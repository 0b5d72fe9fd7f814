# @fallback_to_any and @derive: structs and types without their own implementation use Any.
defprotocol Blank do
  @fallback_to_any true
  def blank?(value)
end

defimpl Blank, for: List do
  def blank?([]), do: true
  def blank?(_), do: false
end

defimpl Blank, for: Any do
  def blank?(nil), do: true
  def blank?(_), do: false
end

defprotocol Label do
  def label(value)
end

defimpl Label, for: Any do
  def label(value), do: "struct #{inspect(value.__struct__)}"
end

defmodule Item do
  @derive [Label]
  defstruct name: nil
end

defmodule Other do
  defstruct name: nil
end

defmodule Main do
  def run do
    IO.inspect(Enum.map([[], [1], nil, 0, "x", %Item{}], &Blank.blank?/1))
    IO.inspect(Blank.impl_for(5))
    IO.inspect(Label.label(%Item{}))
    IO.inspect(Label.impl_for(%Item{}))
    IO.inspect(Label.impl_for(%Other{}))
    IO.inspect(Label.impl_for(3))
  end
end

Main.run()
