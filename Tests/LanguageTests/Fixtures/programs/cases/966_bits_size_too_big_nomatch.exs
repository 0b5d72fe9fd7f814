# A size larger than what is left makes the pattern fail.
defmodule Take do
  def take(bin, n) do
    case bin do
      <<head::binary-size(n), rest::binary>> -> {:ok, head, rest}
      _ -> :too_short
    end
  end
end

IO.inspect(Take.take("abc", 2))
IO.inspect(Take.take("abc", 3))
IO.inspect(Take.take("abc", 4))
IO.inspect(Take.take(<<"abc", 1::1>>, 1))
n = 20
<<_::size(n)>> = <<1, 2>>
