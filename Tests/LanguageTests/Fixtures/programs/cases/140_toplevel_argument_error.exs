# An ArgumentError from a builtin, with Erlang's detailed message.
IO.inspect(String.to_integer("12"))
IO.inspect(Enum.at([:a], 0))
input = Enum.at(["nope"], 0)
number = String.to_integer(input)
IO.puts("never printed #{number}")
