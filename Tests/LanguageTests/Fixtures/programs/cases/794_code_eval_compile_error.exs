# code that does not compile raises CompileError naming the file given
Code.eval_string("undefined_thing(1) + 1", [], file: "calc.exs")
