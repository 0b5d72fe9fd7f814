defmodule Report do
  def table(rows) do
    width = rows |> Enum.map(fn {name, _} -> String.length(name) end) |> Enum.max()

    Enum.map_join(rows, "\n", fn {name, value} ->
      String.pad_trailing(name, width) <> " | " <> String.pad_leading(format(value), 8)
    end)
  end

  defp format(v) when is_float(v), do: :erlang.float_to_binary(v, decimals: 2)
  defp format(v), do: to_string(v)

end

ExUnit.start(seed: 0)

defmodule ReportTest do
  use ExUnit.Case

  test "table" do
    out = Report.table([{"apples", 3}, {"kiwi", 12.5}, {"watermelon", 1.0e3}])
    IO.puts(out)
    assert out =~ "kiwi       |    12.50"
  end

  test "inspect options" do
    IO.inspect([104, 105], label: "as list", charlists: :as_lists)
    IO.inspect([104, 105], label: "as chars")
    IO.inspect(%{z: 1, a: [1, 2, 3]}, label: "map")
    IO.inspect(Enum.to_list(1..30), limit: 5)
    IO.inspect("abc", binaries: :as_binaries)
    IO.inspect(255, base: :hex)
    IO.inspect({1, [2, 3]}, structs: false)
    IO.inspect(Enum.map(1..12, &{&1, String.duplicate("x", &1)}), pretty: true, width: 40)
    IO.inspect(%{nested: %{deep: [a: 1, b: 2], list: Enum.to_list(1..20)}}, pretty: true, width: 20)
    IO.inspect(:erlang.float_to_binary(2.5, [:compact, decimals: 4]))
    IO.inspect(Float.to_string(0.1 + 0.2))
    IO.inspect(Float.round(2.675, 2))
    IO.inspect(Float.ceil(1.234, 1))
    IO.inspect(Float.floor(-1.5))
    IO.inspect(Float.parse("3.5kg"))
    IO.inspect(1.0e-10)
    IO.inspect(123456789.0 * 1000)
  end

  test "to_string of float table fails" do
    assert Report.table([{"a", 1.005}]) == "a |     1.01"
  end
end
