# Frames of module functions called from the top level, private helpers included.
defmodule Report do
  def total(items) do
    sum = sum_prices(items, 0)
    sum * 2
  end

  defp sum_prices([], acc), do: acc

  defp sum_prices([item | rest], acc) do
    price = price_of(item)
    sum_prices(rest, acc + price)
  end

  defp price_of(item) do
    text = Map.get(item, :price, "none")
    String.to_integer(text)
  end
end

IO.puts(Report.total([%{price: "3"}]))
IO.puts(Report.total([%{price: "3"}, %{cost: "2"}]))
IO.puts("never printed")
