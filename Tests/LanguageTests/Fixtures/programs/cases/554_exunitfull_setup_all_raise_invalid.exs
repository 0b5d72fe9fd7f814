ExUnit.start(seed: 0)

defmodule RaisingSetupAllTest do
  use ExUnit.Case

  setup_all do
    raise "no config"
  end

  test "never runs" do
    flunk("ran")
  end
end
