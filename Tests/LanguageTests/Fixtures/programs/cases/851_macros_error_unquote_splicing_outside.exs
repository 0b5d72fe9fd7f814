# unquote_splicing outside quote is a compile error
list = [1, 2]
IO.inspect(unquote_splicing(list))
