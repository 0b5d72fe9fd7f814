ExUnit.start(seed: 0)

defmodule Counter do
  use Agent
  def start_link(start), do: Agent.start_link(fn -> start end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def bump, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule StartSupervisedTest do
  use ExUnit.Case

  test "start_supervised! returns the pid" do
    pid = start_supervised!({Counter, 5})
    assert is_pid(pid)
    Counter.bump()
    assert Counter.value() == 6
  end

  test "each test gets a fresh child" do
    {:ok, pid} = start_supervised({Counter, 1})
    assert Process.alive?(pid)
    assert Counter.value() == 1
  end

  test "the same id twice" do
    start_supervised!({Counter, 1})
    assert {:error, {:duplicate_child_name, Counter}} = start_supervised({Counter, 2})
  end

  test "a different id" do
    {:ok, a} = start_supervised({Agent, fn -> :a end}, id: :a)
    {:ok, b} = start_supervised(Supervisor.child_spec({Agent, fn -> :b end}, id: :b))
    assert Agent.get(a, & &1) == :a
    assert Agent.get(b, & &1) == :b
  end

  test "stop_supervised" do
    pid = start_supervised!({Counter, 0})
    ref = Process.monitor(pid)
    assert stop_supervised(Counter) == :ok
    assert_receive {:DOWN, ^ref, :process, ^pid, :shutdown}
    assert stop_supervised(Counter) == {:error, :not_found}
  end

  test "stop_supervised! of an unknown id" do
    stop_supervised!(:nobody)
  end
end
