# alias and import shorten names.
defmodule Shop.Pricing.Tax do
  def rate, do: 0.25
  def apply(amount), do: amount * (1 + rate())
end
defmodule Shop.Checkout do
  alias Shop.Pricing.Tax
  alias Shop.Pricing.Tax, as: T
  import List, only: [first: 1, last: 1]
  def total(items), do: Tax.apply(Enum.sum(items))
  def rate, do: T.rate()
  def ends(items), do: {first(items), last(items)}
end
IO.inspect(Shop.Checkout.total([10, 30]))
IO.inspect(Shop.Checkout.rate())
IO.inspect(Shop.Checkout.ends([1, 2, 3]))
import Integer, only: [gcd: 2]
IO.inspect(gcd(48, 18))
alias Shop.Pricing.Tax
IO.inspect(Tax.rate())
IO.inspect(Tax)
