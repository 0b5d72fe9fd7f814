# Enumerable for Stream: see Enumerable.ex.
defmodule Enumerable.Stream do
  def count(_stream), do: {:error, __MODULE__}
  def member?(_stream, _element), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}
  def reduce(_stream, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(%Stream{reduce: reducer}, {:cont, acc}, fun) do
    reducer.({:cont, acc}, fn x, {_, acc} ->
      case fun.(x, acc) do
        {:cont, next} -> {:cont, {:cont, next}}
        {:halt, next} -> {:halt, {:halt, next}}
      end
    end)
    |> case do
      {:cont, result} -> {:done, result}
      {:halt, result} -> {:halted, result}
    end
  end
end
