/// Kernel functions that call a function argument: `then/2` and `tap/2`.
extension Prelude {
    static let kernelSource = #"""
    defmodule Kernel do
      def then(value, fun), do: fun.(value)

      def tap(value, fun) do
        fun.(value)
        value
      end
    end
    """#
}
