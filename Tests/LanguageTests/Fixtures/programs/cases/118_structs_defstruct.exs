# defstruct with defaults; structs print with %Name{} and are maps underneath.
# (A script cannot use %Point{} at top level in the file that defines it, so a module does.)
defmodule Point do
  defstruct x: 0, y: 0
end
defmodule User do
  defstruct [:name, :email, admin: false]
end
defmodule Demo do
  def run do
    p = %Point{x: 3}
    IO.inspect(p)
    IO.inspect(p.x + p.y)
    IO.inspect(%User{name: "ann"})
    IO.inspect(%Point{})
    IO.inspect(is_map(p))
    IO.inspect(p.__struct__)
    IO.inspect(Map.keys(p))
    IO.inspect(Map.from_struct(p))
    IO.inspect(%Point{x: 1} == %Point{x: 1, y: 0})
    IO.inspect(is_struct(p, Point))
  end
end
Demo.run()
