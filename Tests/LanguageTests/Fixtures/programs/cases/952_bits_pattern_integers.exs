# Patterns that take integers of any size, signed or not.
<<a::3, b::5>> = <<0b101_10011>>
IO.inspect({a, b})
<<flag::1, count::7, rest::binary>> = <<200, "xy">>
IO.inspect({flag, count, rest})
<<s::signed-4, u::4>> = <<0xF7>>
IO.inspect({s, u})
<<big::signed-integer-size(16)>> = <<0xFF, 0xFE>>
IO.inspect(big)
<<x::12, y::4>> = <<0xAB, 0xCD>>
IO.inspect({x, y})
<<_::2, middle::4, _::2>> = <<0b01_1010_11>>
IO.inspect(middle)
