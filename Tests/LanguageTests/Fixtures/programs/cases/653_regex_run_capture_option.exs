r = ~r/(?<first>\w)(?<second>\w)(\w)/
IO.inspect(Regex.run(r, "xyz", capture: :all))
IO.inspect(Regex.run(r, "xyz", capture: :first))
IO.inspect(Regex.run(r, "xyz", capture: :all_but_first))
IO.inspect(Regex.run(r, "xyz", capture: :none))
IO.inspect(Regex.run(r, "xyz", capture: :all_names))
IO.inspect(Regex.run(r, "xyz", capture: ["second", :first, 3]))
IO.inspect(Regex.run(r, "xy", capture: :none))
