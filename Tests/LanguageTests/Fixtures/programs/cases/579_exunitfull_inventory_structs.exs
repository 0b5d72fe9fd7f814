defmodule Inventory do
  defmodule Item do
    @moduledoc "An item in stock."
    @enforce_keys [:sku, :name]
    defstruct [:sku, :name, price: 0, qty: 0, tags: []]

    @type t :: %__MODULE__{
            sku: String.t(),
            name: String.t(),
            price: non_neg_integer,
            qty: non_neg_integer,
            tags: [atom]
          }
  end

  alias Inventory.Item

  @spec new([Item.t()]) :: %{String.t() => Item.t()}
  def new(items), do: Map.new(items, &{&1.sku, &1})

  def restock(inv, sku, n) do
    case Map.fetch(inv, sku) do
      {:ok, item} -> {:ok, Map.put(inv, sku, %Item{item | qty: item.qty + n})}
      :error -> {:error, {:unknown_sku, sku}}
    end
  end

  def value(inv) do
    inv |> Map.values() |> Enum.map(&(&1.price * &1.qty)) |> Enum.sum()
  end

  def by_tag(inv) do
    for {_sku, %Item{tags: tags, name: name}} <- inv, tag <- tags, reduce: %{} do
      acc -> Map.update(acc, tag, [name], &[name | &1])
    end
    |> Map.new(fn {k, v} -> {k, Enum.sort(v)} end)
  end

  def cheapest(inv), do: inv |> Map.values() |> Enum.min_by(& &1.price, fn -> nil end)
end

ExUnit.start(seed: 0)

defmodule InventoryTest do
  use ExUnit.Case
  alias Inventory.Item

  setup do
    inv =
      Inventory.new([
        %Item{sku: "A1", name: "apple", price: 3, qty: 10, tags: [:fruit, :red]},
        %Item{sku: "B2", name: "banana", price: 2, qty: 5, tags: [:fruit]},
        %Item{sku: "C3", name: "chili", price: 7, tags: [:red, :spicy]}
      ])

    [inv: inv]
  end

  test "value", %{inv: inv} do
    assert Inventory.value(inv) == 40
  end

  test "restock", %{inv: inv} do
    {:ok, inv} = Inventory.restock(inv, "C3", 2)
    assert inv["C3"].qty == 2
    assert Inventory.restock(inv, "Z9", 1) == {:error, {:unknown_sku, "Z9"}}
  end

  test "tags", %{inv: inv} do
    assert Inventory.by_tag(inv) == %{fruit: ["apple", "banana"], red: ["apple", "chili"], spicy: ["chili"]}
  end

  test "cheapest", %{inv: inv} do
    assert %Item{name: "banana"} = Inventory.cheapest(inv)
    assert Inventory.cheapest(%{}) == nil
  end

  test "inspect item", %{inv: inv} do
    IO.inspect(inv["A1"])
    IO.inspect(inv["A1"], pretty: true, width: 30)
  end

  test "struct mismatch", %{inv: inv} do
    assert %Item{name: "apple", qty: 11} = inv["A1"]
  end
end
