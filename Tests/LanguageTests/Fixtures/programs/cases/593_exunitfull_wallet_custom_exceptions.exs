defmodule InsufficientFundsError do
  defexception [:needed, :available, message: "insufficient funds"]

  @impl true
  def message(%{needed: n, available: a}) when is_integer(n), do: "needed #{n}, only #{a} available"
  def message(%{message: m}), do: m
end

defmodule ValidationError do
  defexception message: "validation failed"
end

defmodule Wallet do
  def withdraw!(balance, amount) when amount > balance,
    do: raise(InsufficientFundsError, needed: amount, available: balance)

  def withdraw!(balance, amount), do: balance - amount

  def safe(fun) do
    try do
      {:ok, fun.()}
    rescue
      e in [InsufficientFundsError, ArgumentError] -> {:error, Exception.message(e)}
    catch
      :throw, value -> {:thrown, value}
      :exit, reason -> {:exited, reason}
    after
      IO.puts("after ran")
    end
  end
end

ExUnit.start(seed: 0)

defmodule WalletTest do
  use ExUnit.Case

  test "ok" do
    assert Wallet.withdraw!(10, 3) == 7
  end

  test "raises" do
    err = assert_raise InsufficientFundsError, fn -> Wallet.withdraw!(1, 5) end
    assert err.needed == 5
    assert Exception.message(err) == "needed 5, only 1 available"
  end

  test "safe" do
    assert Wallet.safe(fn -> Wallet.withdraw!(1, 2) end) == {:error, "needed 2, only 1 available"}
    assert Wallet.safe(fn -> throw(:x) end) == {:thrown, :x}
    assert Wallet.safe(fn -> exit(:bye) end) == {:exited, :bye}
    assert Wallet.safe(fn -> String.to_integer("z") end) == {:error, "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n"}
  end

  test "uncaught custom" do
    Wallet.withdraw!(0, 1)
  end

  test "default message" do
    raise ValidationError
  end

  test "raise with message" do
    raise ValidationError, message: "name is blank"
  end

  test "reraise" do
    try do
      raise "inner"
    rescue
      e -> reraise e, __STACKTRACE__
    end
  end

  test "throw uncaught" do
    throw({:oops, 1})
  end

  test "exit uncaught" do
    exit(:shutdown_now)
  end
end
