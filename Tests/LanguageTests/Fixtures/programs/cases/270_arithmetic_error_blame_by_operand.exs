# The BEAM adds or subtracts a written small integer or float inline: its error has no
# :erlang frame and so no expression in the banner; other arithmetic names its call.
defmodule M do
  def plus_one(n), do: n + 1
  def one_plus(n), do: 1 + n
  def minus_float(n), do: n - 1.5
  def plus_negative(n), do: n + -1
  def one_minus(n), do: 1 - n
  def times_two(n), do: n * 2
  def plus_big(n), do: n + 100_000_000_000_000_000_000
  def plus_var(n, m), do: n + m
  def negate(n), do: -n
  def nested(n), do: twice(n) - 1
  def twice(n), do: n
  def zero_kinds, do: {-0.0, 0.0, -0.0 === 0.0, [-0.0, 0.0, -1, -1.5]}
end

for name <- [:plus_one, :one_plus, :minus_float, :plus_negative, :one_minus, :times_two, :plus_big, :negate, :nested] do
  try do
    apply(M, name, ["ten"])
  rescue
    e ->
      erlang? = match?({:erlang, _, _, _}, hd(__STACKTRACE__))
      IO.puts("#{name}: #{Exception.format_banner(:error, e, __STACKTRACE__)} (erlang frame: #{erlang?})")
  end
end

try do
  M.plus_var("ten", 2)
rescue
  e -> IO.puts(Exception.format_banner(:error, e, __STACKTRACE__))
end

IO.inspect(M.zero_kinds())
M.one_minus(:x)
