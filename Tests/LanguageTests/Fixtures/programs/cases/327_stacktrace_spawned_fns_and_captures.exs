# Frames of anonymous functions: spawned ones, and captured variables counted in the arity.
defmodule Tools do
  def apply_twice(f, x) do
    once = f.(x)
    f.(once)
  end

  def make_checker(limit) do
    fn n ->
      if n > limit, do: raise("#{n} is over #{limit}")
      n + 1
    end
  end

  def parse(text), do: {:ok, String.to_integer(text)}
end

spawn(fn ->
  value = Tools.apply_twice(Tools.make_checker(2), 2)
  IO.puts(value)
end)

Process.sleep(200)

offset = Enum.count([1, 2])

shift = fn text ->
  {:ok, number} = Tools.parse(text)
  number + offset
end

IO.puts(shift.("40"))
IO.puts(shift.("nope"))
IO.puts("never printed")
