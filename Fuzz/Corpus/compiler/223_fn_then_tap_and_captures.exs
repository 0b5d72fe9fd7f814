# then/2 and tap/2 in pipelines, and more capture forms.
5 |> then(&(&1 * 2)) |> IO.inspect()
[1, 2] |> tap(&IO.inspect(length(&1), label: "length")) |> Enum.sum() |> IO.inspect()
id = & &1
IO.inspect(id.(:same))
defmodule Caps do
  def local_capture, do: Enum.map([1, 2], &double/1)
  defp double(x), do: x * 2
  def partial, do: Enum.map(["a", "b"], &String.pad_leading(&1, 3, "*"))
end
IO.inspect(Caps.local_capture())
IO.inspect(Caps.partial())
IO.inspect(Enum.map([{1, 2}, {3, 4}], &elem(&1, 1)))
list_of = &[&1, &2, &3]
IO.inspect(list_of.(:a, :b, :c))
