# String.split/1 splits on Unicode whitespace runs, but not on the non-breaking spaces.
IO.inspect(String.split("  the quick\tbrown\n\nfox  "))
IO.inspect(String.split(""))
IO.inspect(String.split("   "))
IO.inspect(String.split("one"))
IO.inspect(String.split("a\r\nb\vc\fd"))
IO.inspect(String.split("no\u00A0break here\u2007and\u202Fthere"))
IO.inspect(String.split("em\u2003space\u3000ideographic\u0085next\u2028line"))
IO.inspect(String.split("zero\u200Bwidth\u1680ogham"))
IO.inspect(String.split("héllo wörld ünïcode"))
IO.inspect(String.split(<<0xFF, 32, ?a, 0xC3>>))
try do
  String.split(:atom)
rescue
  e -> IO.puts(Exception.message(e))
end
