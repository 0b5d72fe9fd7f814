# Bad counts and empty collections for the random Enum functions.
attempt = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e.__struct__)
  end
end
attempt.(fn -> Enum.take_random(1..3, -1) end)
attempt.(fn -> Enum.take_random(1..3, :two) end)
attempt.(fn -> Enum.random(%{}) end)
attempt.(fn -> Enum.random(1..0//1) end)
attempt.(fn -> Enum.shuffle(:not_enumerable) end)
attempt.(fn -> Enum.take_random(%{}, 2) end)
