# A pipeline inside a module function: each stage's line, and the caller's line.
defmodule Parse do
  def number(text) do
    parsed =
      text
      |> String.trim()
      |> String.to_integer()
      |> Kernel.*(2)

    {:ok, parsed}
  end

  def all(texts) do
    numbers = Enum.map(texts, &number/1)
    Enum.count(numbers)
  end
end

IO.inspect(Parse.number(" 4 "))
IO.inspect(Parse.all([" 1", "2 ", "x"]))
IO.puts("never printed")
