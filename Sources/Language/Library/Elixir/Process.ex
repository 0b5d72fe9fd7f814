# Process functions that wait in a receive (`Process.sleep/1`).
defmodule Process do
  def sleep(milliseconds) do
    receive do
    after
      milliseconds -> :ok
    end
  end
end
