# case over tagged tuples with nested patterns.
results = [{:ok, [1, 2]}, {:ok, []}, {:error, {:http, 500}}, {:error, :closed}]
for r <- results do
  text =
    case r do
      {:ok, []} -> "ok, nothing"
      {:ok, [one]} -> "ok, one: #{one}"
      {:ok, list} -> "ok, #{length(list)} items"
      {:error, {:http, code}} -> "http error #{code}"
      {:error, reason} -> "error #{inspect(reason)}"
    end
  IO.puts(text)
end
