# Nested structs updated with update syntax and put_in/update_in on fields.
defmodule Address do
  defstruct city: "", zip: ""
end
defmodule Person do
  defstruct name: "", address: nil
end
p = struct(Person, name: "Ida", address: struct(Address, city: "Lund", zip: "222"))
IO.inspect(p)
moved = put_in(p.address.city, "Malmö")
IO.inspect(moved.address)
IO.inspect(update_in(p.name, &String.upcase/1).name)
IO.inspect(p.address.city)
IO.inspect(%{p | name: "Ivy"}.name)
