# assert_receive/assert_received/refute_receive failures: pinned variables, the mailbox
# (the last 10 messages of 12), values pretty-printed under value:, guards in patterns.
ExUnit.start(seed: 0)

defmodule MailboxTest do
  use ExUnit.Case

  test "shows the last ten of twelve messages" do
    for n <- 1..12, do: send(self(), {:n, n})
    assert_receive {:m, _}
  end

  test "an empty mailbox" do
    assert_received :hello
  end

  test "pinned variables are listed" do
    x = 1
    a = %{k: 2}
    send(self(), {:a, 1, %{k: 3}})
    assert_received {:a, ^x, ^a}
  end

  test "refute_received names the pattern that matched" do
    send(self(), {:hi, 1})
    refute_received {:hi, _}
  end

  test "a guard is part of the pattern" do
    send(self(), {:x, 5})
    assert_receive {:x, n} when n > 10, 10
  end

  test "long values are laid out under value:" do
    send(self(), Enum.to_list(1..40))
    send(self(), %{alpha: String.duplicate("a", 30), beta: String.duplicate("b", 30), gamma: String.duplicate("c", 30)})
    assert_receive {:never, _}
  end

  test "refute_receive shows its timeout in code:" do
    send(self(), :unexpected)
    refute_receive :unexpected, 20
  end

  test "a message that arrives in time passes" do
    send(self(), {:ok, 1})
    assert_receive {:ok, value}
    assert value == 1
  end
end
