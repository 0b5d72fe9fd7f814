# Enum on values that are not enumerable: a tuple, an integer, a struct; Collectable on a tuple.
defmodule Main do
  def attempt(fun) do
    fun.()
  rescue
    e -> IO.puts(Exception.message(e))
  end

  def run do
    attempt(fn -> Enum.map({1, 2}, & &1) end)
    attempt(fn -> Enum.count(5) end)
    attempt(fn -> Enum.into([1], {}) end)
    attempt(fn -> for x <- [1], into: :atom, do: x end)
    IO.inspect(Enumerable.impl_for([]))
    IO.inspect(Enumerable.impl_for(%{}))
    IO.inspect(Enumerable.impl_for({}))
    IO.inspect(Enumerable.count([1, 2, 3]))
    IO.inspect(Enumerable.member?(%{a: 1}, {:a, 1}))
    Enum.sum(:not_a_list)
  end
end

Main.run()
