defmodule Timer do
  def elapsed_ms(start, stop), do: NaiveDateTime.diff(stop, start, :millisecond)
end
start = ~N[2024-01-01 10:00:00.000]
stop = NaiveDateTime.add(start, 2_500, :millisecond)
IO.inspect(stop)
IO.inspect(Timer.elapsed_ms(start, stop))
deadline = DateTime.add(~U[2024-01-01 10:00:00Z], 30, :second)
IO.inspect(DateTime.diff(deadline, ~U[2024-01-01 10:00:00Z], :millisecond))
IO.inspect(Time.add(~T[23:59:59.999], 1, :millisecond))
