# The options a user's `Inspect` implementation receives (`%Inspect.Opts{limit: 50, ...}`).
defmodule Inspect.Opts do
  defstruct base: :decimal, binaries: :infer, char_lists: :infer, charlists: :infer, custom_options: [],
            limit: 50, pretty: false, printable_limit: 4096, safe: true, structs: true, syntax_colors: [], width: 80

  def new(%Inspect.Opts{} = opts), do: opts
  def new(options) when is_list(options), do: struct(Inspect.Opts, options)
end
