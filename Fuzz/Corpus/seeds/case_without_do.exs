# A form called with the wrong number of arguments is a compile error, not an unbalanced stack.
x = 1
case x
