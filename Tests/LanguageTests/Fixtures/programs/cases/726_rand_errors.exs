# Errors of :rand: a range below 1, an unknown algorithm, seeds of zeros.
attempt = fn f ->
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{e |> Exception.message() |> String.split("\n") |> hd()}")
  end
end
attempt.(fn -> :rand.uniform(0) end)
attempt.(fn -> :rand.uniform(1.5) end)
attempt.(fn -> :rand.seed(:nope, 1) end)
attempt.(fn -> :rand.seed(:exsss, [0, 0]) end)
attempt.(fn -> :rand.seed(:exsss, []) end)
attempt.(fn -> :rand.seed(:exsss, [1, 2, 3]) end)
attempt.(fn -> :rand.seed(:exsss, [:a]) end)
IO.inspect(:rand.uniform(1))
