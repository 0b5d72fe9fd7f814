# Float segments of 32 and 64 bits, built and matched.
IO.inspect(<<1.5::float>>)
IO.inspect(<<1.5::float-32>>)
IO.inspect(<<-2::float-size(32)>>)
<<f::float-32>> = <<1.5::float-32>>
IO.inspect(f)
<<d::float, rest::binary>> = <<0.1::float, "z">>
IO.inspect({d, rest})
<<l::little-float-64>> = <<2.25::little-float>>
IO.inspect(l)
IO.inspect(match?(<<_::float>>, <<255, 255, 255, 255, 255, 255, 255, 255>>))
