# alias __MODULE__, as: and alias A.{B, C}.
defmodule App.Models.User do
  defstruct name: "u"
end
defmodule App.Models.Post do
  defstruct title: "t"
end
defmodule App.Service do
  alias __MODULE__, as: Svc
  alias App.Models.{User, Post}
  def run do
    IO.inspect(Svc)
    IO.inspect({%User{}, %Post{}})
  end
end
App.Service.run()
