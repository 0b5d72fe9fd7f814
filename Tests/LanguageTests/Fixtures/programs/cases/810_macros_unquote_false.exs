# quote unquote: false keeps unquote calls as they are
IO.inspect(quote(unquote: false, do: unquote(x)))
IO.inspect(quote(unquote: false, do: unquote_splicing(y)))
