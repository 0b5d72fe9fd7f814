defmodule BinarySearchTree do
  @type bst_node :: %{data: any, left: bst_node | nil, right: bst_node | nil}

  @spec new(any) :: bst_node
  def new(data), do: %{data: data, left: nil, right: nil}

  @spec insert(bst_node, any) :: bst_node
  def insert(nil, data), do: new(data)
  def insert(%{data: d, left: l} = tree, data) when data <= d, do: %{tree | left: insert(l, data)}
  def insert(%{right: r} = tree, data), do: %{tree | right: insert(r, data)}

  @spec in_order(bst_node) :: [any]
  def in_order(nil), do: []
  def in_order(%{data: d, left: l, right: r}), do: in_order(l) ++ [d] ++ in_order(r)

  def height(nil), do: 0
  def height(%{left: l, right: r}), do: 1 + max(height(l), height(r))

  def from_list([h | t]), do: Enum.reduce(t, new(h), &insert(&2, &1))
end

ExUnit.start(seed: 0)

defmodule BinarySearchTreeTest do
  use ExUnit.Case

  test "sorting" do
    tree = BinarySearchTree.from_list([4, 2, 6, 1, 3, 5, 7])
    assert BinarySearchTree.in_order(tree) == Enum.to_list(1..7)
    assert BinarySearchTree.height(tree) == 3
  end

  test "shape" do
    tree = BinarySearchTree.from_list([2, 1, 3])
    IO.inspect(tree)
    assert tree.left.data == 1
  end

  test "empty list" do
    BinarySearchTree.from_list([])
  end

  test "height mismatch" do
    tree = BinarySearchTree.from_list(Enum.to_list(1..5))
    assert BinarySearchTree.height(tree) < 5
  end
end
