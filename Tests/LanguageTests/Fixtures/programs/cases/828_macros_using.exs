# use calls the module's __using__ macro with the options
defmodule Greeter do
  defmacro __using__(opts) do
    greeting = Keyword.get(opts, :greeting, "Hello")
    quote do
      def greet(name), do: unquote(greeting) <> ", " <> name
    end
  end
end

defmodule English do
  use Greeter
end

defmodule French do
  use Greeter, greeting: "Bonjour"
end

IO.puts(English.greet("Ann"))
IO.puts(French.greet("Luc"))
