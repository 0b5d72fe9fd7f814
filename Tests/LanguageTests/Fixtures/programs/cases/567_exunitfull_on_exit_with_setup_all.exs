ExUnit.start(seed: 0)

defmodule OnExitSetupAllTest do
  use ExUnit.Case

  setup_all do
    on_exit(fn -> IO.puts("setup_all's on_exit runs after the module") end)
    %{shared: :value}
  end

  setup context do
    on_exit(:named, fn -> IO.puts("named on_exit for #{context.test}") end)
    :ok
  end

  test "one", %{shared: shared} do
    assert shared == :value
  end

  test "replaces a named callback" do
    on_exit(:named, fn -> IO.puts("replaced") end)
  end
end
