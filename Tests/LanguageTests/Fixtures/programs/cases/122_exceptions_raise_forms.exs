# raise with a string, a module, a module plus message, and an exception struct.
attempts = [
  fn -> raise "plain message" end,
  fn -> raise ArgumentError end,
  fn -> raise ArgumentError, "bad input" end,
  fn -> raise %RuntimeError{message: "struct form"} end,
  fn -> raise KeyError, key: :k, term: %{} end
]
for f <- attempts do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
