# group_by, frequencies, frequencies_by.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
IO.inspect(Enum.group_by(words, &String.first/1))
IO.inspect(Enum.group_by(words, &String.length/1, &String.upcase/1))
IO.inspect(Enum.frequencies(["a", "b", "a", "c", "a"]))
IO.inspect(Enum.frequencies_by(words, &String.length/1))
IO.inspect(Enum.group_by([], & &1))
IO.inspect(Enum.group_by(1..10, &rem(&1, 3)))
