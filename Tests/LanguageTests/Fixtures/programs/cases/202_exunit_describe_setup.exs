# describe blocks and setup callbacks that pass context to tests.
ExUnit.start(seed: 0)

defmodule StackTest do
  use ExUnit.Case

  setup do
    {:ok, stack: [1, 2, 3]}
  end

  describe "push" do
    test "adds on top", %{stack: stack} do
      assert [0 | stack] == [0, 1, 2, 3]
    end

    test "wrong expectation", %{stack: stack} do
      assert [0 | stack] == [1, 2, 3, 0]
    end
  end

  describe "pop" do
    setup %{stack: stack} do
      [top: hd(stack)]
    end

    test "returns the top", %{top: top} do
      assert top == 1
    end
  end
end
