# A binary segment that cannot be taken must fall through to the next clause.
case "A" do
  <<n::6, _::binary>> -> IO.inspect(n)
  _ -> IO.inspect(:no_match)
end
<<n::6, _::binary>> = "A"
