# Padding counts graphemes, cycles through the padding, and builds long pads quickly.
IO.inspect(String.pad_leading("abc", 10, "xy"))
IO.inspect(String.pad_trailing("abc", 10, "xy"))
IO.inspect(String.pad_leading("abc", 8, "é👍"))
IO.inspect(String.pad_trailing("héllo", 9, "ab"))
IO.inspect(String.pad_leading("abc", 2, "x"))
IO.inspect(String.pad_leading("abc", 3))
IO.inspect(String.pad_trailing("", 5, "-"))
IO.inspect(String.pad_trailing("a", 20_000_000, "xy") |> byte_size)
