# a macro taking a do block, like a tiny test DSL
defmodule Spec do
  defmacro it(description, clauses) do
    body = Keyword.fetch!(clauses, :do)
    quote do
      result = unquote(body)
      IO.puts(unquote(description) <> ": " <> inspect(result))
    end
  end
end

defmodule Run do
  import Spec
  def all do
    it "adds" do
      1 + 2
    end
    it "joins", do: Enum.join(["a", "b"], "-")
  end
end

Run.all()
