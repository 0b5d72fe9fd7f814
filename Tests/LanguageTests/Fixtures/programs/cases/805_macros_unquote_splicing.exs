# unquote_splicing splices a list into call arguments and lists
args = [1, 2]
IO.inspect(quote do: foo(unquote_splicing(args), 3))
IO.inspect(quote do: [0, unquote_splicing(args)])
IO.inspect(quote do: [unquote_splicing(args), 9, unquote_splicing(args)])
IO.inspect(quote do: bar(unquote_splicing([])))
