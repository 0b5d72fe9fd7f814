# Timeouts from @tag, @describetag and @moduletag (the nearest wins), tags in the test's
# context, and where a timed-out test was waiting.
ExUnit.start(seed: 0)

defmodule Waiter do
  def wait, do: receive(do: (:never -> :ok))
end

defmodule TimeoutTest do
  use ExUnit.Case
  @moduletag timeout: 50

  test "the module tag applies" do
    receive do
      :never -> :ok
    end
  end

  @tag timeout: 30
  test "the test tag wins" do
    Waiter.wait()
  end

  describe "a group" do
    @describetag timeout: 40
    test "the describe tag applies" do
      x = Enum.count([1, 2])
      IO.puts(x)
      receive do
        :never -> :ok
      end
    end

    @tag timeout: 20
    @tag :slow
    test "a tag inside describe" do
      Process.sleep(1000)
    end

    @tag :slow
    test "tags reach the context", context do
      assert context.slow == true
      assert context.timeout == 40
    end
  end

  @tag timeout: :infinity
  test "an infinite timeout lets a long sleep finish" do
    Process.sleep(100)
    assert true
  end
end
