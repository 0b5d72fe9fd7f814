# __using__ injecting several functions and an attribute
defmodule Plugin do
  defmacro __using__(opts) do
    name = Keyword.fetch!(opts, :name)
    quote do
      @plugin_name unquote(name)
      def plugin_name, do: @plugin_name
      def hello(who), do: "#{@plugin_name} says hello to #{who}"
    end
  end
end

defmodule Echo do
  use Plugin, name: "echo"
  def run, do: hello("you")
end

IO.puts(Echo.plugin_name())
IO.puts(Echo.run())
