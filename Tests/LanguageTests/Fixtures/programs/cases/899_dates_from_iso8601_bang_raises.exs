defmodule Parse do
  def run(text), do: Date.from_iso8601!(text)
end
IO.inspect(Parse.run("2024-02-29"))
Parse.run("2024/02/29")
