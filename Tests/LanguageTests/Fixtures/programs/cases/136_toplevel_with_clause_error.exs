# with/else with no matching else clause.
defmodule Loader do
  def load(source) do
    with {:ok, text} <- source do
      text
    else
      {:error, :enoent} -> "missing"
    end
  end
end
IO.puts(Loader.load({:ok, "data"}))
IO.puts(Loader.load({:error, :enoent}))
Loader.load({:error, :eacces})
