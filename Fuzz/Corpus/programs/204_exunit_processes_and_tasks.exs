# Tests that use tasks, agents and monitors; a linked crash fails its test.
ExUnit.start()

defmodule WorkerTest do
  use ExUnit.Case

  test "task result" do
    assert Task.await(Task.async(fn -> 2 * 21 end)) == 42
  end

  test "agent state" do
    {:ok, a} = Agent.start_link(fn -> [] end)
    Agent.update(a, &[:x | &1])
    assert Agent.get(a, & &1) == [:x]
  end

  test "monitored crash" do
    {pid, ref} = spawn_monitor(fn -> exit(:boom) end)
    assert_receive {:DOWN, ^ref, :process, ^pid, :boom}
  end

  test "linked process that dies fails the test" do
    spawn_link(fn -> exit(:linked_failure) end)
    Process.sleep(100)
  end
end
