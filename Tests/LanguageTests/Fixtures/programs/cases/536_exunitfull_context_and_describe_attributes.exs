ExUnit.start()
defmodule ContextTest do
  use ExUnit.Case, async: true
  @moduletag area: :context
  test "the context has ExUnit's keys", context do
    shown = Map.drop(context, [:file])
    IO.inspect(shown)
    assert context.async == true
    assert context.describe == nil
  end
  describe "a group" do
    @expected 42
    @describetag :grouped
    test "reads an attribute set inside describe" do
      assert @expected == 42
    end
    @tag extra: 1
    test "knows its describe block", context do
      assert context.describe == "a group"
      assert context.describe_line == 11
      assert context.grouped == true
      assert context.extra == 2
    end
  end
  if true do
    test "defined inside a module-level if" do
      assert true
    end
  else
    test "never defined" do
      assert false
    end
  end
end
