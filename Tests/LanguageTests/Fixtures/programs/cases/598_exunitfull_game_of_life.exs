defmodule GameOfLife do
  @moduledoc "Conway's game of life on a list of lists."

  @type board :: [[0 | 1]]

  @spec tick(board) :: board
  def tick([]), do: []

  def tick(board) do
    rows = length(board)
    cols = board |> hd() |> length()
    grid = to_map(board)

    for r <- 0..(rows - 1) do
      for c <- 0..(cols - 1) do
        next(Map.fetch!(grid, {r, c}), live_neighbours(grid, r, c))
      end
    end
  end

  defp to_map(board) do
    for {row, r} <- Enum.with_index(board), {cell, c} <- Enum.with_index(row), into: %{} do
      {{r, c}, cell}
    end
  end

  defp live_neighbours(grid, r, c) do
    for dr <- -1..1, dc <- -1..1, {dr, dc} != {0, 0}, reduce: 0 do
      acc -> acc + Map.get(grid, {r + dr, c + dc}, 0)
    end
  end

  defp next(1, n) when n in [2, 3], do: 1
  defp next(0, 3), do: 1
  defp next(_, _), do: 0

  def render(board) do
    board
    |> Enum.map(fn row -> Enum.map_join(row, &if(&1 == 1, do: "#", else: ".")) end)
    |> Enum.join("\n")
  end
end

ExUnit.start(seed: 0)

defmodule GameOfLifeTest do
  use ExUnit.Case

  test "empty" do
    assert GameOfLife.tick([]) == []
  end

  test "blinker" do
    board = [[0, 1, 0], [0, 1, 0], [0, 1, 0]]
    assert GameOfLife.tick(board) == [[0, 0, 0], [1, 1, 1], [0, 0, 0]]
    assert board |> GameOfLife.tick() |> GameOfLife.tick() == board
  end

  test "render" do
    IO.puts(GameOfLife.render([[0, 1], [1, 0]]))
    assert GameOfLife.render([[1, 1]]) == "##"
  end

  test "block is stable but expectation is off" do
    board = [[1, 1, 0], [1, 1, 0], [0, 0, 0]]
    assert GameOfLife.tick(board) == [[1, 1, 0], [1, 0, 0], [0, 0, 0]]
  end
end
