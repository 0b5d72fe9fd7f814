defmodule Luhn do
  @spec valid?(String.t()) :: boolean
  def valid?(number) do
    digits = String.replace(number, " ", "")

    with true <- String.length(digits) > 1,
         true <- digits =~ ~r/^\d+$/ do
      digits
      |> String.graphemes()
      |> Enum.map(&String.to_integer/1)
      |> Enum.reverse()
      |> Enum.with_index()
      |> Enum.map(fn
        {d, i} when rem(i, 2) == 1 and d * 2 > 9 -> d * 2 - 9
        {d, i} when rem(i, 2) == 1 -> d * 2
        {d, _} -> d
      end)
      |> Enum.sum()
      |> rem(10) == 0
    else
      _ -> false
    end
  end
end

defmodule IsbnVerifier do
  def isbn?(isbn) do
    chars = isbn |> String.replace("-", "") |> String.graphemes()

    case chars do
      [_, _, _, _, _, _, _, _, _, _] = ten ->
        ten
        |> Enum.with_index()
        |> Enum.reduce_while(0, fn
          {"X", 9}, acc -> {:cont, acc + 10}
          {c, i}, acc ->
            case Integer.parse(c) do
              {n, ""} -> {:cont, acc + n * (10 - i)}
              _ -> {:halt, :invalid}
            end
        end)
        |> case do
          :invalid -> false
          sum -> rem(sum, 11) == 0
        end

      _ -> false
    end
  end
end

ExUnit.start(seed: 0)

defmodule ChecksumTest do
  use ExUnit.Case

  test "luhn" do
    assert Luhn.valid?("4539 3195 0343 6467")
    refute Luhn.valid?("8273 1232 7352 0569")
    refute Luhn.valid?("0")
    refute Luhn.valid?("055a 444 285")
  end

  test "isbn" do
    assert IsbnVerifier.isbn?("3-598-21508-8")
    assert IsbnVerifier.isbn?("3-598-21507-X")
    refute IsbnVerifier.isbn?("3-598-2X507-9")
    refute IsbnVerifier.isbn?("3-598-21507")
  end

  test "failing refute with message" do
    refute Luhn.valid?("059"), "059 should be invalid"
  end

  test "assert with truthy value" do
    assert nil
  end
end
