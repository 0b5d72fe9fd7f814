# String case modes, Keyword.validate/2 and validate!/2, Integer.extended_gcd/2,
# MapSet.symmetric_difference/2 and Access.filter/1.
IO.inspect(String.downcase("ΣΑΣ ΟΔΟΣ."))
IO.inspect(String.downcase("ΣΑΣ ΟΔΟΣ.", :greek))
IO.inspect(String.downcase("Σ", :greek))
IO.inspect(String.upcase("ıi", :turkic))
IO.inspect(String.downcase("İI", :turkic))
IO.inspect(String.upcase("abc é", :ascii))
IO.inspect(String.downcase("ABC É", :ascii))
IO.inspect(String.capitalize("iSTANBUL", :turkic))

IO.inspect(Keyword.validate([one: 1, two: 2], [:one, :two, three: 3]))
IO.inspect(Keyword.validate([], [one: 1, two: 2]))
IO.inspect(Keyword.validate([b: 1, a: 2], [:a, :b]))
IO.inspect(Keyword.validate([a: 1, x: 2, y: 3], [:a]))
IO.inspect(Keyword.validate([a: 1, a: 2], [:a, b: 3]))
IO.inspect(Keyword.validate!([retries: 5], retries: 3, backoff: 100))

try do
  Keyword.validate!([a: 1, x: 2, y: 3], [:a, b: 2])
rescue
  e -> IO.puts(Exception.message(e))
end

IO.inspect(Integer.extended_gcd(240, 46))
IO.inspect(Integer.extended_gcd(-10, 4))
IO.inspect(Integer.extended_gcd(0, -3))
IO.inspect(MapSet.symmetric_difference(MapSet.new([1, 2]), MapSet.new([2, 3])))

data = %{list: [1, 2, 3, 4]}
IO.inspect(get_in(data, [:list, Access.filter(&(rem(&1, 2) == 0))]))
IO.inspect(update_in(data, [:list, Access.filter(&(&1 > 2))], &(&1 * 10)))
IO.inspect(pop_in(data, [:list, Access.filter(&(&1 < 3))]))
IO.inspect(String.capitalize("élan VITAL", :default))
