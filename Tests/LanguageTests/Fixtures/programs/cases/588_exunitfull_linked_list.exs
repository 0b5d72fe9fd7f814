defmodule LinkedList do
  @opaque t :: tuple()

  @spec new() :: t
  def new, do: {}

  @spec push(t, any()) :: t
  def push(list, elem), do: {elem, list}

  @spec length(t) :: non_neg_integer()
  def length({}), do: 0
  def length({_, tail}), do: 1 + __MODULE__.length(tail)

  @spec empty?(t) :: boolean()
  def empty?({}), do: true
  def empty?(_), do: false

  @spec peek(t) :: {:ok, any()} | {:error, :empty_list}
  def peek({}), do: {:error, :empty_list}
  def peek({h, _}), do: {:ok, h}

  @spec tail(t) :: {:ok, t} | {:error, :empty_list}
  def tail({}), do: {:error, :empty_list}
  def tail({_, t}), do: {:ok, t}

  @spec from_list(list()) :: t
  def from_list(list), do: list |> Enum.reverse() |> Enum.reduce(new(), &push(&2, &1))

  @spec to_list(t) :: list()
  def to_list({}), do: []
  def to_list({h, t}), do: [h | to_list(t)]

  @spec reverse(t) :: t
  def reverse(list), do: do_reverse(list, new())
  defp do_reverse({}, acc), do: acc
  defp do_reverse({h, t}, acc), do: do_reverse(t, push(acc, h))
end

ExUnit.start(seed: 0)

defmodule LinkedListTest do
  use ExUnit.Case

  test "push and peek" do
    list = LinkedList.new() |> LinkedList.push(10) |> LinkedList.push(20)
    assert LinkedList.peek(list) == {:ok, 20}
    assert LinkedList.length(list) == 2
  end

  test "round trip" do
    l = LinkedList.from_list([1, 2, 3])
    assert LinkedList.to_list(l) == [1, 2, 3]
    assert l |> LinkedList.reverse() |> LinkedList.to_list() == [3, 2, 1]
    IO.inspect(l)
  end

  test "large" do
    l = LinkedList.from_list(Enum.to_list(1..10_000))
    assert LinkedList.length(l) == 10_000
  end

  test "tail of empty" do
    assert LinkedList.tail(LinkedList.new()) == {:ok, {}}
  end

  test "calling with a list" do
    LinkedList.peek([1])
  end
end
