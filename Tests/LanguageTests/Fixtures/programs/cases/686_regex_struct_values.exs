r = ~r/a+/
IO.inspect(is_map(r))
IO.inspect(r.__struct__)
IO.inspect(match?(%Regex{}, r))
%Regex{source: source, opts: opts} = ~r/x\d/m
IO.inspect({source, opts})
IO.inspect(Map.keys(r) |> Enum.sort())
regexes = %{digits: ~r/^\d+$/, word: ~r/^\w+$/}
IO.inspect(Enum.map(["12", "ab", "a b"], fn s -> Enum.filter([:digits, :word], &Regex.match?(regexes[&1], s)) end))
