# The bang forms raise ArgumentError with Elixir's messages; the last one is not caught.
for {fun, input} <- [{:decode16!, "zz"}, {:decode16!, "6"}, {:decode64!, "@@@@"}, {:decode64!, "zz"}, {:decode64!, "aGk"}] do
  try do
    apply(Base, fun, [input])
  rescue
    e -> IO.inspect({fun, e})
  end
end
Base.decode64!("@@@")
