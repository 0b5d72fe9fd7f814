for p <- ["*a", "a)", "(a", "[a", "a{2,1}", "[z-a]", "(?<n>a)(?<n>b)", "(a)\\2", "(?<=a+)b", "a**", "\\", "x{99999}", "[[:foo:]]", "(?z)", "\\p{Foo}", "\\k<zz>", "\\c"] do
  IO.inspect({p, Regex.compile(p)})
end
IO.inspect(Regex.compile("ab", "z"))
IO.inspect(Regex.compile("ab", "iq"))
