r = ~r/
  (\d{3})   # area
  [-\s]?    # separator
  (\d{4})   # number
/x
IO.inspect(Regex.run(r, "call 555-1234 now"))
IO.inspect(Regex.run(~r/a b # comment/x, "ab"))
IO.inspect(Regex.run(~r/a\ b/x, "a b"))
IO.inspect(Regex.run(~r/[ ]x/x, " x"))
