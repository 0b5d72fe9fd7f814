# Negative integers in binary segments and right shifts round towards minus infinity, as the BEAM's two's complement does.
import Bitwise
IO.inspect(-0x123456789ABCDEF0123 >>> 8)
IO.inspect(-0x123456789ABCDEF0123 >>> 70)
IO.inspect(-257 >>> 8)
IO.inspect(-0x100000000000000000001 >>> 1)
IO.inspect(<<1::size(16)>>)
IO.inspect(<<-1::size(24)>>)
IO.inspect(<<258::size(8)>>)
IO.inspect(<<-2::size(16)>>)
IO.inspect(<<0x123456789ABCDEF0123::size(96)>>)
IO.inspect(<<-0x123456789ABCDEF0123::size(96)>>)
IO.inspect(byte_size(<<7::size(80_000)>>))
IO.inspect(<<>> == <<0::size(0)>>)
