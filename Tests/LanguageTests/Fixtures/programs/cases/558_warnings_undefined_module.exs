defmodule Client do
  def fetch(url), do: HTTPClient.get(url)
  def parse(text), do: Jason.decode!(text)
  def local, do: Client.helper()
end

defmodule Other do
  def fetch(url), do: HTTPClient.get(url)
end

IO.puts("defined")
