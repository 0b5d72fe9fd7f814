# an accumulating attribute read in several functions, and one never set
defmodule Routes do
  Module.register_attribute(__MODULE__, :routes, accumulate: true)
  Module.register_attribute(__MODULE__, :unused_list, accumulate: true)
  @routes {"/", :index}
  @routes {"/about", :about}
  def routes, do: Enum.reverse(@routes)
  def count, do: length(@routes)
  def none, do: @unused_list
end

IO.inspect(Routes.routes())
IO.inspect(Routes.count())
IO.inspect(Routes.none())
