defmodule Boom do
  def only(:a), do: :a
  def add(x, y), do: x + y
  def value(x), do: x
end

caught = fn fun ->
  try do
    fun.()
  catch
    kind, reason -> {kind, reason}
  end
end

IO.inspect(caught.(fn -> Boom.add(1, :two) end))
IO.inspect(caught.(fn -> [one] = Boom.value([1, 2]); one end))
IO.inspect(caught.(fn -> Boom.only(Boom.value(:b)) end))
IO.inspect(caught.(fn -> apply(Boom, :missing, []) end))
IO.inspect(caught.(fn -> case Boom.value(3) do 1 -> :one end end))
IO.inspect(caught.(fn -> cond do Boom.value(false) -> :never end end))
IO.inspect(caught.(fn -> String.to_integer(Boom.value("x1")) end))
IO.inspect(caught.(fn -> Boom.value(%{a: 1}).b end))
IO.inspect(caught.(fn -> Boom.value(:not_a_fun).(1) end))
IO.inspect(caught.(fn -> Boom.value(fn x -> x end).(1, 2) end) |> elem(1) |> elem(0))
IO.inspect(caught.(fn -> with {:ok, x} <- Boom.value(:error), do: x, else: (:other -> 0) end))
IO.inspect(caught.(fn -> :erlang.error(:my_reason) end))
IO.inspect(caught.(fn -> raise "boom" end))
IO.inspect(caught.(fn -> raise ArgumentError, "bad input" end))
IO.inspect(caught.(fn -> Keyword.fetch!([], :key) end))
IO.inspect(caught.(fn -> exit(:bye) end))
IO.inspect(caught.(fn -> throw(:ball) end))
