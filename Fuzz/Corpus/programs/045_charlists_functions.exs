# Working with charlists through List and Enum.
word = 'racecar'
IO.inspect(Enum.reverse(word) == word)
IO.inspect(Enum.filter('a1b2c3', &(&1 in ?0..?9)))
IO.inspect(List.to_atom('made_atom'))
IO.inspect(Enum.sort('banana'))
IO.inspect(Enum.uniq('banana'))
IO.inspect('abc' < 'abd')
IO.inspect(String.Chars.to_string('ok'))
IO.inspect(Enum.frequencies('hello'))
