# quote location: :keep gives the generated code the quote's own lines
defmodule Kept do
  defmacro define_fail do
    quote location: :keep do
      def fail(x) do
        _ = x + 1
        raise "failed with #{x}"
      end
    end
  end

  defmacro define_plain do
    quote do
      def plain(x) do
        raise "plain #{x}"
      end
    end
  end
end

defmodule Host do
  require Kept
  Kept.define_fail()
  Kept.define_plain()
end

{:foo, meta, [1]} = quote(location: :keep, do: foo(1))
{:keep, {_file, line}} = hd(meta)
IO.inspect(line)

for f <- [:fail, :plain] do
  try do
    apply(Host, f, [1])
  rescue
    e -> IO.inspect({e.message, Keyword.get(elem(hd(__STACKTRACE__), 3), :line)})
  end
end
