# with chains matches and returns the do value when all match.
defmodule Account do
  def fetch_user(1), do: {:ok, %{id: 1, name: "Ann", account: 10}}
  def fetch_user(_), do: {:error, :no_user}
  def fetch_balance(10), do: {:ok, 250}
  def fetch_balance(_), do: {:error, :no_account}
end
r =
  with {:ok, user} <- Account.fetch_user(1),
       {:ok, balance} <- Account.fetch_balance(user.account) do
    "#{user.name} has #{balance}"
  end
IO.puts(r)
IO.inspect(with {:ok, u} <- Account.fetch_user(2), do: u)
IO.inspect(with x = 5, y <- x * 2, do: x + y)
