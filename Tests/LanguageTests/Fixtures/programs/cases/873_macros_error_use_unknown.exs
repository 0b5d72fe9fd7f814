# use of a module that does not exist
defmodule Web do
  use Phoenix.Controller
  def index, do: :ok
end
