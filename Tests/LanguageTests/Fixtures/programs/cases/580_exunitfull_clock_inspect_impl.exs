defmodule Clock do
  defstruct hour: 0, minute: 0

  @minutes_per_day 24 * 60

  @doc "Returns a clock that can be represented as a string."
  @spec new(integer, integer) :: %Clock{}
  def new(hour, minute) do
    total = Integer.mod(hour * 60 + minute, @minutes_per_day)
    %Clock{hour: div(total, 60), minute: rem(total, 60)}
  end

  @spec add(%Clock{}, integer) :: %Clock{}
  def add(%Clock{hour: hour, minute: minute}, add_minute), do: new(hour, minute + add_minute)

  defimpl String.Chars do
    def to_string(%Clock{hour: h, minute: m}) do
      [h, m]
      |> Enum.map(&(&1 |> Integer.to_string() |> String.pad_leading(2, "0")))
      |> Enum.join(":")
    end
  end

  defimpl Inspect do
    def inspect(clock, _opts), do: "#Clock<#{clock}>"
  end
end

ExUnit.start(seed: 0)

defmodule ClockTest do
  use ExUnit.Case

  describe "create" do
    test "on the hour" do
      assert Clock.new(8, 0) |> to_string() == "08:00"
    end

    test "negative" do
      assert Clock.new(-1, 15) |> to_string() == "23:15"
      assert Clock.new(-25, -160) |> to_string() == "20:20"
    end
  end

  describe "add" do
    test "across midnight" do
      assert Clock.new(23, 59) |> Clock.add(2) |> to_string() == "00:01"
    end

    test "equality" do
      assert Clock.new(15, 37) == Clock.new(-9, 37)
    end

    test "failing equality shows inspect" do
      assert Clock.new(1, 0) == Clock.new(2, 0)
    end
  end

  test "inspect" do
    IO.inspect(Clock.new(10, 3))
    IO.inspect([Clock.new(1, 2)], label: "list")
  end
end
