# A user Inspect implementation: inspect/1, IO.inspect, nested in lists, maps and other structs.
defmodule Money do
  defstruct cents: 0, currency: :usd

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Money{cents: cents, currency: currency}, opts) do
      concat(["#Money<", to_doc(cents, opts), " ", to_doc(currency, opts), ">"])
    end
  end
end

defmodule Wallet do
  defstruct owner: nil, money: nil
end

defmodule Main do
  def run do
    m = %Money{cents: 250}
    IO.inspect(m)
    IO.puts(inspect(m))
    IO.inspect([m, %Money{cents: 1, currency: :eur}])
    IO.inspect(%{total: m})
    IO.inspect({:ok, m})
    IO.inspect(%Wallet{owner: "ann", money: m})
    IO.inspect(m, label: "money")
    IO.puts("value: #{inspect(m)}")
    IO.inspect(Inspect.impl_for(m))
    IO.inspect(Inspect.impl_for(%Wallet{}))
    result = IO.inspect(m)
    IO.inspect(result.cents)
  end
end

Main.run()
