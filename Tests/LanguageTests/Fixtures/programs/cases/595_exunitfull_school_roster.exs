defmodule School do
  @moduledoc "A school roster."
  defstruct grades: %{}

  @type t :: %__MODULE__{grades: %{pos_integer => [String.t()]}}

  @spec new() :: t
  def new, do: %__MODULE__{}

  @spec add(t, String.t(), pos_integer) :: {:ok, t} | {:error, String.t()}
  def add(%__MODULE__{grades: grades} = school, name, grade) do
    if grades |> Map.values() |> List.flatten() |> Enum.member?(name) do
      {:error, "#{name} is already enrolled"}
    else
      {:ok, %{school | grades: Map.update(grades, grade, [name], &Enum.sort([name | &1]))}}
    end
  end

  @spec grade(t, pos_integer) :: [String.t()]
  def grade(%__MODULE__{grades: grades}, grade), do: Map.get(grades, grade, [])

  @spec roster(t) :: [String.t()]
  def roster(%__MODULE__{grades: grades}) do
    grades |> Enum.sort() |> Enum.flat_map(&elem(&1, 1))
  end
end

ExUnit.start(seed: 0)

defmodule SchoolTest do
  use ExUnit.Case

  defp build(pairs) do
    Enum.reduce(pairs, School.new(), fn {name, g}, s ->
      {:ok, s} = School.add(s, name, g)
      s
    end)
  end

  test "roster sorted" do
    s = build([{"Peter", 2}, {"Anna", 1}, {"Barb", 1}, {"Zoe", 2}, {"Alex", 3}])
    assert School.roster(s) == ["Anna", "Barb", "Peter", "Zoe", "Alex"]
    assert School.grade(s, 1) == ["Anna", "Barb"]
    assert School.grade(s, 9) == []
  end

  test "duplicate" do
    s = build([{"Ann", 1}])
    assert School.add(s, "Ann", 2) == {:error, "Ann is already enrolled"}
  end

  test "duplicate via helper" do
    build([{"Ann", 1}, {"Ann", 1}])
  end

  test "inspect" do
    IO.inspect(build([{"Ann", 1}]))
  end
end
