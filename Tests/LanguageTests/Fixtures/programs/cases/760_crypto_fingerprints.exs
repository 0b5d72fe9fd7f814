# Fingerprints as programs print them: hex digests and base 64 of a SHA-256.
defmodule Fingerprint do
  def hex(data, type \\ :sha256), do: :crypto.hash(type, data) |> Base.encode16(case: :lower)
  def short(data), do: data |> hex(:md5) |> binary_part(0, 8)
end
IO.puts(Fingerprint.hex("proctor"))
IO.puts(Fingerprint.short("proctor"))
IO.puts(:crypto.hash(:sha256, "password123") |> Base.encode64())
IO.inspect(Enum.map(~w(a b c), &Fingerprint.short/1))
IO.inspect(Fingerprint.hex(["multi", "part", ?!], :sha))
IO.inspect(Fingerprint.hex("é ü 日本", :md5))
