defmodule SecretHandshake do
  import Bitwise

  @actions [{0b1, "wink"}, {0b10, "double blink"}, {0b100, "close your eyes"}, {0b1000, "jump"}]

  @spec commands(code :: integer) :: list(String.t())
  def commands(code) do
    actions = for {flag, action} <- @actions, (code &&& flag) != 0, do: action
    if (code &&& 0b10000) != 0, do: Enum.reverse(actions), else: actions
  end

  def popcount(0), do: 0
  def popcount(n), do: (n &&& 1) + popcount(n >>> 1)

  def gray(n), do: bxor(n, n >>> 1)
end

ExUnit.start(seed: 0)

defmodule SecretHandshakeTest do
  use ExUnit.Case

  test "wink" do
    assert SecretHandshake.commands(1) == ["wink"]
  end

  test "reverse" do
    assert SecretHandshake.commands(0b11011) == ["jump", "double blink", "wink"]
  end

  test "bits" do
    assert SecretHandshake.popcount(255) == 8
    assert Enum.map(0..7, &SecretHandshake.gray/1) == [0, 1, 3, 2, 6, 7, 5, 4]
    IO.inspect(Bitwise.bnot(5))
    IO.inspect(Integer.to_string(10, 2))
    IO.inspect(Integer.digits(1234))
    IO.inspect(Integer.undigits([1, 0, 1], 2))
    IO.inspect(Integer.parse("42abc"))
    IO.inspect(Integer.parse("ff", 16))
    IO.inspect(Integer.pow(2, 70))
    IO.inspect(Integer.gcd(12, 18))
    IO.inspect(Integer.floor_div(-7, 2))
    IO.inspect(Integer.extended_gcd(240, 46))
  end

  test "failing" do
    assert SecretHandshake.commands(3) == ["double blink", "wink"]
  end
end
