# Macro.var builds variables
IO.inspect(Macro.var(:x, nil))
IO.inspect(Macro.var(:count, MyModule))
IO.puts(Macro.to_string(Macro.var(:total, nil)))
