defmodule Counter do
  use Agent

  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def increment, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule Greeter do
  use GenServer

  def start_link(greeting), do: GenServer.start_link(__MODULE__, greeting, name: __MODULE__)
  def greet(name), do: GenServer.call(__MODULE__, {:greet, name})
  def crash, do: GenServer.cast(__MODULE__, :crash)

  @impl true
  def init(greeting), do: {:ok, greeting}

  @impl true
  def handle_call({:greet, name}, _from, greeting), do: {:reply, "#{greeting}, #{name}!", greeting}

  @impl true
  def handle_cast(:crash, _state), do: raise("crash requested")
end

defmodule App do
  def start do
    children = [{Counter, 0}, {Greeter, "Hello"}]
    Supervisor.start_link(children, strategy: :one_for_one, name: App.Sup)
  end
end

ExUnit.start(capture_log: true, seed: 0)

defmodule AppTest do
  use ExUnit.Case

  setup do
    {:ok, sup} = App.start()
    on_exit(fn -> :ok end)
    %{sup: sup}
  end

  test "children", %{sup: sup} do
    assert Supervisor.count_children(sup) == %{active: 2, specs: 2, supervisors: 0, workers: 2}
    ids = sup |> Supervisor.which_children() |> Enum.map(&elem(&1, 0)) |> Enum.sort()
    assert ids == [Counter, Greeter]
  end

  test "greeter restarts", %{sup: _sup} do
    assert Greeter.greet("Ann") == "Hello, Ann!"
    old = Process.whereis(Greeter)
    ref = Process.monitor(old)
    Greeter.crash()
    assert_receive {:DOWN, ^ref, :process, ^old, _}
    Process.sleep(50)
    assert Process.whereis(Greeter) != old
    assert Greeter.greet("Bob") == "Hello, Bob!"
  end

  test "counter" do
    Counter.increment()
    Counter.increment()
    assert Counter.value() == 2
  end

  test "wrong greeting" do
    assert Greeter.greet("Eve") == "Hi, Eve!"
  end
end
