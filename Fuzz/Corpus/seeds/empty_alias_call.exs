__aliases__().f()
