# expansions from the same macro module share their hygienic variables
defmodule Counter do
  defmacro start, do: quote(do: count = 0)
  defmacro bump, do: quote(do: count = count + 1)
  defmacro read, do: quote(do: count)
end

defmodule Use do
  require Counter
  def run do
    count = :mine
    Counter.start()
    Counter.bump()
    Counter.bump()
    {count, Counter.read()}
  end
end

IO.inspect(Use.run())
