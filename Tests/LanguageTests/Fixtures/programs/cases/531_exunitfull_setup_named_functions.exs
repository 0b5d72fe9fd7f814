ExUnit.start()
defmodule NamedSetupTest do
  use ExUnit.Case
  setup [:first, :second]
  setup :third
  defp first(_context), do: {:ok, steps: [:first]}
  defp second(context), do: %{steps: context.steps ++ [:second]}
  defp third(context), do: [steps: context.steps ++ [:third]]
  test "runs the named setups in order", %{steps: steps} do
    assert steps == [:first, :second, :third]
  end
  test "reports a wrong expectation", %{steps: steps} do
    assert steps == [:third]
  end
end
