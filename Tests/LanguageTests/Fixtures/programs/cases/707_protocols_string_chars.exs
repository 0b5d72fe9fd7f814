# String.Chars on a user struct: to_string/1, IO.puts, interpolation, Enum.join; a struct without it raises.
defmodule Money do
  defstruct cents: 0

  defimpl String.Chars do
    def to_string(%Money{cents: cents}) do
      "$#{div(cents, 100)}.#{cents |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")}"
    end
  end
end

defmodule Plain do
  defstruct a: 1
end

defmodule Main do
  def run do
    m = %Money{cents: 1205}
    IO.puts(to_string(m))
    IO.puts(m)
    IO.puts("total: #{m}")
    IO.puts(Enum.join([m, %Money{cents: 7}], ", "))
    IO.puts(String.Chars.to_string(m))
    IO.puts(to_string(:atom) <> to_string(12) <> to_string(1.5) <> to_string(~c"ab"))
    IO.puts("#{[1, 2] |> Enum.map(&(&1 * 2)) |> inspect()}")
    try do
      "#{%{a: 1}}"
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.puts("plain: #{%Plain{}}")
  end
end

Main.run()
