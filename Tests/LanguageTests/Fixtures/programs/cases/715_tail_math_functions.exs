# Every :math function; a result that is not a finite float raises ArithmeticError.
IO.inspect {:math.sqrt(16), :math.pow(2, 10), :math.pi(), :math.log(10), :math.log2(8), :math.log10(1000)}
IO.inspect {:math.sin(0), :math.cos(0), :math.tan(0), :math.atan2(1, 1), :math.exp(1), :math.floor(2.5), :math.ceil(2.1), :math.fmod(7, 3)}
IO.inspect {:math.asin(1), :math.acos(1), :math.atan(1), :math.sinh(0), :math.cosh(0), :math.tanh(0), :math.asinh(0), :math.acosh(1), :math.atanh(0), :math.erf(0), :math.erfc(0)}
try do
  :math.sqrt(Enum.min([-1, 0]))
rescue
  e -> IO.inspect(e)
end
