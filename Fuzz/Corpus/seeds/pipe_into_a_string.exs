# Piping into something that is not a call is an ArgumentError, not an endless rewrite.
"a b" |> String.split() |> (",")
