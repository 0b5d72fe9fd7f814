# A custom exception uncaught at top level uses its message/1.
defmodule InsufficientFunds do
  defexception [:balance, :amount]
  @impl true
  def message(%{balance: b, amount: a}), do: "cannot withdraw #{a}, balance is #{b}"
end
defmodule Bank do
  def withdraw(balance, amount) when amount > balance,
    do: raise(InsufficientFunds, balance: balance, amount: amount)
  def withdraw(balance, amount), do: balance - amount
end
IO.inspect(Bank.withdraw(100, 30))
Bank.withdraw(100, 300)
