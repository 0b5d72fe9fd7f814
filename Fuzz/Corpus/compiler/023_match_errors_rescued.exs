# A failed match raises MatchError carrying the unmatched value.
attempts = [
  fn -> {:ok, _} = {:error, :nope} end,
  fn -> [_, _] = [1, 2, 3] end,
  fn -> %{a: _} = %{b: 1} end,
  fn -> "abc" <> _ = "xyz" end
]
for attempt <- attempts do
  try do
    attempt.()
  rescue
    e in MatchError -> IO.puts(Exception.message(e))
  end
end
