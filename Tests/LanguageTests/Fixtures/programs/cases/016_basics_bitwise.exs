# Bitwise operators via Bitwise, on small and big integers.
import Bitwise
IO.inspect(band(12, 10))
IO.inspect(bor(12, 10))
IO.inspect(bxor(12, 10))
IO.inspect(bnot(0))
IO.inspect(1 <<< 70)
IO.inspect((1 <<< 70) >>> 68)
IO.inspect(-16 >>> 2)
IO.inspect(0xFF &&& 0x0F)
