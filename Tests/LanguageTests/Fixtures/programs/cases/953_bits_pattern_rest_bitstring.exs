# A pattern's last segment ::bitstring (or ::bits) takes whatever bits are left.
<<x::3, rest::bitstring>> = <<255>>
IO.inspect({x, rest})
<<first::1, others::bits>> = <<1::1, 0::1, 1::1>>
IO.inspect({first, others})
<<bytes::binary-size(1), tail::bits>> = <<"a", 5::3>>
IO.inspect({bytes, tail})
<<all::bitstring>> = <<1::5>>
IO.inspect(all)
case <<1, 2::4>> do
  <<_, rest::binary>> -> IO.inspect({:binary, rest})
  <<_, rest::bitstring>> -> IO.inspect({:bitstring, rest})
end
