defmodule TaskQueue do
  use Agent

  def start_link(opts \\ []) do
    Agent.start_link(fn -> :queue.new() end, opts)
  end

  def enqueue(q, item), do: Agent.update(q, &:queue.in(item, &1))

  def dequeue(q) do
    Agent.get_and_update(q, fn queue ->
      case :queue.out(queue) do
        {{:value, item}, rest} -> {{:ok, item}, rest}
        {:empty, rest} -> {:empty, rest}
      end
    end)
  end

  def size(q), do: Agent.get(q, &:queue.len/1)
  def to_list(q), do: Agent.get(q, &:queue.to_list/1)
end

ExUnit.start(exclude: [:slow], seed: 0)

defmodule TaskQueueTest do
  use ExUnit.Case

  setup context do
    {:ok, q} = TaskQueue.start_link()
    if items = context[:items], do: Enum.each(items, &TaskQueue.enqueue(q, &1))
    %{q: q}
  end

  test "empty", %{q: q} do
    assert TaskQueue.dequeue(q) == :empty
  end

  @tag items: [1, 2, 3]
  test "fifo", %{q: q} do
    assert TaskQueue.dequeue(q) == {:ok, 1}
    assert TaskQueue.to_list(q) == [2, 3]
  end

  @tag :slow
  test "slow one is excluded", %{q: q} do
    flunk("should not run #{inspect(q)}")
  end

  @tag items: [:a]
  test "tags visible", context do
    assert context.items == [:a]
    assert context.test == :"test tags visible"
    assert context.module == TaskQueueTest
  end

  @tag items: ~w(x y)
  test "wrong size", %{q: q} do
    assert TaskQueue.size(q) == 3, "expected three items in the queue"
  end

  test "flunk" do
    flunk("this is a message")
  end
end
