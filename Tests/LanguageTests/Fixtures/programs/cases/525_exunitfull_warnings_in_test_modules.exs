ExUnit.start()
defmodule WarnedTest do
  use ExUnit.Case
  setup do
    {:ok, value: 1}
  end
  test "an unused match", %{value: value} do
    assert {:ok, result} = {:ok, 1}
  end
  test "an unused receive binding" do
    send(self(), {:msg, 1})
    assert_receive {:msg, payload}
  end
end
