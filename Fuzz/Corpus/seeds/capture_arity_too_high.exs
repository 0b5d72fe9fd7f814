# A capture with an arity past 255 is a compile error, not an allocation of that many parameters.
f = &Kernel.*/2446744073709551615
