ExUnit.start(seed: 0)

defmodule SharedAgentTest do
  use ExUnit.Case

  setup_all do
    {:ok, agent} = Agent.start_link(fn -> 0 end)
    %{agent: agent, setup_all_pid: self()}
  end

  test "the linked agent outlives setup_all", %{agent: agent, setup_all_pid: owner} do
    assert Process.alive?(owner)
    assert Process.alive?(agent)
    Agent.update(agent, &(&1 + 1))
  end

  test "and is shared by the module's tests", %{agent: agent} do
    assert Agent.get(agent, & &1) == 1
  end
end

defmodule AfterModuleTest do
  use ExUnit.Case

  test "runs after the other module" do
    assert true
  end
end
