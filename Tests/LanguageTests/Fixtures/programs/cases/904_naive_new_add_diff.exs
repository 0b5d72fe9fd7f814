IO.inspect(NaiveDateTime.new(2000, 1, 1, 0, 0, 0))
IO.inspect(NaiveDateTime.new(2000, 13, 1, 0, 0, 0))
IO.inspect(NaiveDateTime.new(2000, 1, 1, 23, 59, 59, 999_999))
IO.inspect(NaiveDateTime.new(2000, 1, 1, 24, 59, 59))
IO.inspect(NaiveDateTime.new!(2024, 2, 29, 12, 0, 0, {5000, 3}))
n = ~N[2014-10-02 00:29:10]
IO.inspect(NaiveDateTime.add(n, 2))
IO.inspect(NaiveDateTime.add(n, -2))
IO.inspect(NaiveDateTime.add(n, 2, :day))
IO.inspect(NaiveDateTime.add(n, -3, :hour))
IO.inspect(NaiveDateTime.add(n, 31, :minute))
IO.inspect(NaiveDateTime.add(n, 2_000, :millisecond))
IO.inspect(NaiveDateTime.add(~N[2014-10-02 00:29:10.000], 21, :millisecond))
IO.inspect(NaiveDateTime.add(~N[2023-12-31 23:59:59], 1))
IO.inspect(NaiveDateTime.diff(~N[2014-10-02 00:29:12], ~N[2014-10-02 00:29:10]))
IO.inspect(NaiveDateTime.diff(~N[2014-10-02 00:29:12], ~N[2014-10-02 00:29:10], :microsecond))
IO.inspect(NaiveDateTime.diff(~N[2014-10-02 00:29:10.042], ~N[2014-10-02 00:29:10.021], :millisecond))
IO.inspect(NaiveDateTime.diff(~N[2014-10-05 00:29:12], ~N[2014-10-02 00:29:10], :day))
IO.inspect(NaiveDateTime.diff(~N[2014-10-02 00:29:10], ~N[2014-10-05 00:29:12], :hour))
try do
  NaiveDateTime.new!(2023, 2, 29, 0, 0, 0)
rescue
  e -> IO.puts(Exception.message(e))
end
