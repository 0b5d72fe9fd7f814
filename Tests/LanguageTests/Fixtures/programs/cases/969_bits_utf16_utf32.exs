# utf16 and utf32 segments, built and matched.
IO.inspect(<<"é"::utf16>>)
IO.inspect(<<"é"::utf32>>)
IO.inspect(<<0x1F600::utf16>>)
IO.inspect(<<?a::utf16-little>>)
<<c::utf16, rest::binary>> = <<0x1F600::utf16, "x">>
IO.inspect({c, rest})
<<d::utf32>> = <<233::utf32>>
IO.inspect(d)
<<e::utf8, tail::binary>> = "éa"
IO.inspect({e, tail})
IO.inspect(match?(<<_::utf8>>, <<255>>))
