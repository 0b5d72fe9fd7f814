# Pattern matching in function heads picks the clause.
defmodule Response do
  def describe({:ok, %{status: 200, body: body}}), do: "ok: #{body}"
  def describe({:ok, %{status: code}}) when code >= 400, do: "client/server error #{code}"
  def describe({:ok, _}), do: "other"
  def describe({:error, reason}) when is_atom(reason), do: "failed: #{reason}"
end
IO.puts(Response.describe({:ok, %{status: 200, body: "hi"}}))
IO.puts(Response.describe({:ok, %{status: 404}}))
IO.puts(Response.describe({:ok, %{status: 301}}))
IO.puts(Response.describe({:error, :timeout}))
