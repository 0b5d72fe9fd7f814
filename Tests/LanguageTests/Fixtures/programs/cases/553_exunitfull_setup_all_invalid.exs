ExUnit.start(seed: 0)

defmodule BrokenSetupAllTest do
  use ExUnit.Case

  setup_all do
    {:error, :database_down}
  end

  test "first" do
    assert true
  end

  test "second" do
    assert false
  end
end
