# Fetching several "pages" concurrently with tasks inside a module.
defmodule Fetcher do
  def fetch(page) do
    Process.sleep(10 * rem(page, 3))
    {page, String.duplicate("x", page)}
  end

  def fetch_all(pages) do
    pages
    |> Enum.map(&Task.async(fn -> fetch(&1) end))
    |> Enum.map(&Task.await/1)
    |> Map.new()
  end
end
result = Fetcher.fetch_all([1, 2, 3, 4])
IO.inspect(result)
IO.inspect(Map.keys(result))
