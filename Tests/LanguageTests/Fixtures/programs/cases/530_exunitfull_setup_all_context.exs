ExUnit.start()
defmodule SharedTest do
  use ExUnit.Case
  setup_all do
    {:ok, started: :once, counter: 10}
  end
  setup context do
    {:ok, counter: context.counter + 1}
  end
  test "sees what setup_all gave", context do
    assert context.started == :once
    assert context.counter == 11
  end
  test "sees its own name and module", context do
    assert context.test == :"test sees its own name and module"
    assert context.module == SharedTest
  end
  test "fails with the shared value", %{counter: counter} do
    assert counter == 10
  end
end
