# assert_receive, assert_received, refute_receive and refute_received.
ExUnit.start(seed: 0)

defmodule ReceiveTest do
  use ExUnit.Case

  test "assert_receive waits for a message" do
    parent = self()
    spawn(fn -> Process.sleep(20); send(parent, {:done, 42}) end)
    assert_receive {:done, n}
    assert n == 42
  end

  test "assert_received checks the mailbox now" do
    send(self(), :already_here)
    assert_received :already_here
  end

  test "refute_receive passes when nothing comes" do
    refute_receive :nothing, 30
  end

  test "assert_receive times out" do
    assert_receive :never_sent, 30
  end

  test "refute_received fails when the message is there" do
    send(self(), :present)
    refute_received :present
  end
end
