ExUnit.start()
defmodule GeneratedTest do
  use ExUnit.Case
  for n <- [1, 2, 3] do
    test "double of #{n} is even" do
      assert rem(unquote(n) * 2, 2) == 0
    end
  end
  for {word, size} <- [{"hi", 2}, {"hello", 4}] do
    test "#{word} has #{size} letters" do
      {word, size} = {unquote(word), unquote(size)}
      assert String.length(word) == size
    end
  end
  for n <- 1..2 do
    @tag index: n
    test "range element #{n}", context do
      assert context.index == unquote(n)
    end
  end
end
