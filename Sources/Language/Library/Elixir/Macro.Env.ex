defmodule Macro.Env do
  @moduledoc "The compile-time environment a macro receives as __CALLER__, with the fields of Elixir 1.14's."

  defstruct aliases: [],
            context: nil,
            context_modules: [],
            file: "nofile",
            function: nil,
            functions: [],
            lexical_tracker: nil,
            line: 0,
            macro_aliases: [],
            macros: [],
            module: nil,
            requires: [],
            tracers: [],
            versioned_vars: %{}
end
