ExUnit.start(seed: 0)

defmodule Store do
  use Agent
  def start_link(items), do: Agent.start_link(fn -> items end, name: __MODULE__)
  def all, do: Agent.get(__MODULE__, & &1)
  def add(item), do: Agent.update(__MODULE__, &[item | &1])
end

defmodule SupervisedOnceTest do
  use ExUnit.Case

  setup_all do
    start_supervised!({Store, [:seed]})
    :ok
  end

  test "the store started once is there" do
    assert :seed in Store.all()
  end

  test "a test may start its own child too" do
    pid = start_supervised!({Agent, fn -> :mine end})
    assert Agent.get(pid, & &1) == :mine
    assert is_pid(Process.whereis(Store))
  end

  test "a failure shows the shared state" do
    Store.add(:other)
    assert Store.all() == [:seed]
  end
end
