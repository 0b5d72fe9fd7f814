defprotocol Describable do
  @fallback_to_any true
  @spec describe(t) :: String.t()
  def describe(value)
end

defimpl Describable, for: Any do
  def describe(value), do: "something: #{inspect(value)}"
end

defimpl Describable, for: [Integer, Float] do
  def describe(n), do: "number #{n}"
end

defimpl Describable, for: List do
  def describe(list), do: "list of #{length(list)}"
end

defmodule User do
  @derive {Inspect, only: [:name]}
  defstruct [:name, :password]
end

defmodule Point do
  @derive [Describable]
  defstruct x: 0, y: 0
end

defmodule Size do
  defprotocol Sized do
    def size(data)
  end

  defimpl Sized, for: BitString do
    def size(s), do: byte_size(s)
  end

  defimpl Sized, for: Map do
    def size(m), do: map_size(m)
  end
end

ExUnit.start(seed: 0)

defmodule DescribableTest do
  use ExUnit.Case

  test "impls" do
    assert Describable.describe(1) == "number 1"
    assert Describable.describe(1.5) == "number 1.5"
    assert Describable.describe([1, 2]) == "list of 2"
    assert Describable.describe(:atom) == "something: :atom"
    assert Describable.describe(%Point{}) == "something: %Point{x: 0, y: 0}"
  end

  test "derive inspect" do
    IO.inspect(%User{name: "ann", password: "secret"})
  end

  test "nested protocol" do
    assert Size.Sized.size("abc") == 3
    assert Size.Sized.size(%{a: 1}) == 1
  end

  test "protocol not implemented" do
    Size.Sized.size({1, 2})
  end

  test "impl_for" do
    IO.inspect(Size.Sized.impl_for("x"))
    IO.inspect(Size.Sized.impl_for(1))
    IO.inspect(Enumerable.impl_for([]))
  end
end
