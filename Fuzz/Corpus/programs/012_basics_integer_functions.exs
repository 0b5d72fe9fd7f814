# Integer module functions.
require Integer
IO.inspect(Integer.to_string(255, 16))
IO.inspect(Integer.to_string(-10, 2))
IO.inspect(Integer.parse("42abc"))
IO.inspect(Integer.parse("abc"))
IO.inspect(Integer.parse("ff", 16))
IO.inspect(Integer.digits(12345))
IO.inspect(Integer.undigits([1, 0, 1], 2))
IO.inspect(Integer.gcd(12, 18))
IO.inspect(Integer.is_even(10))
IO.inspect(Integer.is_odd(10))
IO.inspect(Integer.pow(7, 3))
IO.inspect(Integer.to_charlist(65))
