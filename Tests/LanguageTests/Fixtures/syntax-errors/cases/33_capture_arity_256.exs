f = &foo/256
