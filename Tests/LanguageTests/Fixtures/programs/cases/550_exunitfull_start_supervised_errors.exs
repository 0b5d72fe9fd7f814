ExUnit.start(seed: 0)

defmodule Picky do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  @impl true
  def init(:ok), do: {:ok, :ok}
  def init(other), do: {:stop, {:refused, other}}
end

defmodule StartErrorsTest do
  use ExUnit.Case

  test "init stops" do
    start_supervised!({Picky, :nope})
  end

  test "init stops, without the bang" do
    assert {:error, reason} = start_supervised({Picky, :nope})
    assert elem(reason, 0) == {:refused, :nope}
  end

  test "not a child spec" do
    start_supervised!(:not_a_module)
  end

  test "fine" do
    assert is_pid(start_supervised!({Picky, :ok}))
  end
end
