ExUnit.start(seed: 0)

defmodule SetupFailureTest do
  use ExUnit.Case

  setup do
    {:ok, value: 1}
  end

  setup :load

  defp load(_context) do
    raise ArgumentError, "no fixture"
  end

  test "never reached", %{value: value} do
    assert value == 1
  end
end
