defmodule Clauses do
  def kind(x) when is_integer(x), do: :integer
  def kind(_), do: :other
  def kind(:never), do: :never
  def label(value) do
    case value do
      other -> other
      :ok -> :fine
    end
  end
  def wait do
    receive do
      message -> message
      {:ping, from} -> send(from, :pong)
    after
      0 -> :nothing
    end
  end
  def first(a, b), do: {a, b}
  def first(1, 2), do: :unreachable
end
IO.inspect(Clauses.kind(1))
IO.inspect(Clauses.kind(:a))
IO.inspect(Clauses.label(:ok))
IO.inspect(Clauses.wait())
IO.inspect(Clauses.first(1, 2))
